// The one undo base: a failed call leaves nothing on the stack; field edits merge.

#include "TestShop.h"

#include <shopdesk/core/UndoCommand.h>

#include <QUndoStack>

#include <catch2/catch_test_macros.hpp>

using namespace shopdesk;

namespace {
constexpr int kPriceField = 1;
constexpr int kTitleField = 2;

/// A stand-in for a service: a record's fields, and a write that fails on demand.
struct Record {
    qint64 price = 100;
    QString title = QStringLiteral("T恤");
    bool failNext = false;
    core::Status setPrice(qint64 v)
    {
        if (failNext)
            return core::Error { QStringLiteral("refused") };
        price = v;
        return {};
    }
};

core::ChangeValue<qint64> *priceEdit(core::ShopEvents &events, Record &r, qint64 record, qint64 to)
{
    return new core::ChangeValue<qint64>(QStringLiteral("Change price"), events, std::nullopt, kPriceField, record,
        r.price, to, [&r](const qint64 &v) { return r.setPrice(v); });
}
} // namespace

TEST_CASE("edits of one field of one record merge into one undo step that restores the first value")
{
    core::ShopEvents events;
    QUndoStack stack;
    Record r;
    stack.push(priceEdit(events, r, 7, 120));
    stack.push(priceEdit(events, r, 7, 125));
    CHECK(r.price == 125);
    CHECK(stack.count() == 1);
    stack.undo();
    CHECK(r.price == 100);
    stack.redo();
    CHECK(r.price == 125);

    // Another record's price, or another field, is a step of its own.
    stack.push(priceEdit(events, r, 8, 130));
    CHECK(stack.count() == 2);
    stack.push(new core::ChangeValue<QString>(QStringLiteral("Change title"), events, std::nullopt, kTitleField, 8,
        r.title, QStringLiteral("卫衣"), [&r](const QString &v) {
            r.title = v;
            return core::Status {};
        }));
    CHECK(stack.count() == 3);
    CHECK(r.title == QStringLiteral("卫衣"));
    stack.undo();
    CHECK(r.title == QStringLiteral("T恤"));
}

TEST_CASE("a field edit whose write fails is not kept on the stack, and is reported")
{
    core::ShopEvents events;
    QStringList errors;
    QObject::connect(&events, &core::ShopEvents::error, [&errors](const QString &m) { errors << m; });
    QUndoStack stack;
    Record r;
    stack.push(priceEdit(events, r, 7, 120));
    r.failNext = true;
    stack.push(priceEdit(events, r, 7, 999));
    CHECK(r.price == 120);
    CHECK(stack.count() == 1);
    CHECK(errors == QStringList { QStringLiteral("refused") });
    r.failNext = false;
    stack.undo();
    CHECK(r.price == 100);
    stack.redo();
    CHECK(r.price == 120);
}
