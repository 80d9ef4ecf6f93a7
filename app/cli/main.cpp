// shopdesk-cli: the shop file from the command line, sharing ShopDesk's libraries.
//   shopdesk-cli --db FILE [--json] COMMAND [ARGS…]

#include "CliCommands.h"

#include <shopdesk/core/Csv.h>
#include <shopdesk/core/Language.h>
#include <shopdesk/core/LocalTime.h>
#include <shopdesk/core/Locale.h>
#include <shopdesk/core/Seat.h>
#include <shopdesk/core/Version.h>
#include <shopdesk/kpi/KpiCharts.h>

#include <QApplication>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace shopdesk;

namespace {
QString usage()
{
    QString text = cli::Commands::tr(
        "Usage: shopdesk-cli --db FILE [--json] [--lang zh_CN|en] [--sheet NAME] COMMAND [ARGS…]\n\n"
        "--server postgresql://USER@HOST[:PORT]/DATABASE: the shop on a server instead of a shop file.\n"
        "--sheet NAME: the sheet an .xlsx file is imported from (the first by default).\n\nCommands:\n");
    for (const auto &e : cli::Commands::all()) {
        if (e.listed)
            text += QStringLiteral("  %1\n      %2\n").arg(e.synopsis, e.description());
    }
    return text;
}

// Qt's own diagnostics (e.g. "XDG_RUNTIME_DIR not set" from the offscreen platform) would mix
// with the command's output; they are shown only with SHOPDESK_VERBOSE=1.
void quietQtMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg || qEnvironmentVariableIntValue("SHOPDESK_VERBOSE") > 0)
        std::fprintf(stderr, "%s\n", qPrintable(message));
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
}
} // namespace

namespace {
/// The first option of `args` that the command's synopsis gives a value (`--scope CATEGORY`) but
/// that comes without one: last on the line, or followed by another option. Empty when none.
QString optionWithoutValue(const QString &synopsis, const QStringList &args)
{
    static const QRegularExpression withValue(QStringLiteral(R"((--[a-z][a-z-]*) +(?![-|\[])\S)"));
    QStringList names;
    for (auto m = withValue.globalMatch(synopsis); m.hasNext();)
        names << m.next().captured(1);
    for (qsizetype i = 0; i < args.size(); ++i)
        if (names.contains(args.at(i)) && (i + 1 == args.size() || args.at(i + 1).startsWith(QLatin1String("--"))))
            return args.at(i);
    return {};
}
} // namespace

int main(int argc, char *argv[])
{
    core::readTimeZoneOnce(); // before any thread: a stat() of /etc/localtime per shop-file time otherwise
    qInstallMessageHandler(quietQtMessages);
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    // The words are read before any Qt application exists: what the command needs decides which.
    core::CliInvocation in;
    bool json = false;
    QString lang = core::language::fromEnvironment(); // the user's locale; --lang overrides it
    QString command;
    QString unknownOption;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (a.startsWith(QLatin1String("--db="))) {
            in.dbPath = a.mid(5);
        } else if (a == QLatin1String("--db") && !args.isEmpty()) {
            in.dbPath = args.takeFirst();
        } else if (a.startsWith(QLatin1String("--server="))) {
            in.dbPath = a.mid(9); // a shop server's address: Database::open takes both
        } else if (a == QLatin1String("--server") && !args.isEmpty()) {
            in.dbPath = args.takeFirst();
        } else if (a == QLatin1String("--json") && command.isEmpty()) {
            json = true;
        } else if (a.startsWith(QLatin1String("--lang="))) {
            lang = core::language::normalise(a.mid(7));
        } else if (a == QLatin1String("--lang") && !args.isEmpty()) {
            lang = core::language::normalise(args.takeFirst());
        } else if (a.startsWith(QLatin1String("--sheet="))) {
            core::CsvFile::setSheetChoice(a.mid(8)); // the sheet every .xlsx import reads
        } else if (a == QLatin1String("--sheet") && !args.isEmpty()) {
            core::CsvFile::setSheetChoice(args.takeFirst());
        } else if (a == QLatin1String("--version") && command.isEmpty()) {
            print(stdout, QStringLiteral("shopdesk-cli %1").arg(QStringLiteral(SHOPDESK_VERSION)));
            return 0;
        } else if ((a == QLatin1String("--help") || a == QLatin1String("-h")) && command.isEmpty()) {
            command = QStringLiteral("help");
            break;
        } else if (command.isEmpty() && !a.startsWith(QLatin1String("--"))) {
            command = a;
        } else if (!command.isEmpty()) {
            if (a == QLatin1String("--json"))
                json = true; // accepted after the command too: shopdesk-cli --db s.db check --json
            else
                in.args << a;
        } else {
            unknownOption = a;
            break;
        }
    }

    const QList<core::CliCommand> commands = cli::Commands::all();
    core::CliNeeds needs = core::CliNeeds::Core;
    for (const auto &e : commands) {
        if (e.name == command && e.needs)
            needs = e.needs(in.args);
    }
    // The least application that serves: no display and no platform plugin for a command that only
    // reads and writes the shop; offscreen painting for PDFs and PNGs; widgets only for Qt Charts.
    std::unique_ptr<QCoreApplication> app;
    if (needs != core::CliNeeds::Core && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    switch (needs) {
    case core::CliNeeds::Core:
        app = std::make_unique<QCoreApplication>(argc, argv);
        break;
    case core::CliNeeds::Painting:
        app = std::make_unique<QGuiApplication>(argc, argv);
        break;
    case core::CliNeeds::Widgets:
        app = std::make_unique<QApplication>(argc, argv);
        kpi::setChartExporter(&kpi::KpiCharts::exportRequest);
        break;
    }
    QCoreApplication::setOrganizationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("ShopDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOPDESK_VERSION));
    core::language::install(lang.isEmpty() ? QStringLiteral("en") : lang);
    if (!unknownOption.isEmpty()) {
        print(stderr, cli::Commands::tr("Unknown option “%1”.").arg(unknownOption) + QLatin1Char('\n') + usage());
        return 2;
    }
    in.actor = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("cli")));
    // The seat a refused stale edit names (SHOPDESK_SEAT, else user@host), as the window's setting does.
    core::Seat::setCurrent(qEnvironmentVariable("SHOPDESK_SEAT"));

    if (command.isEmpty() || command == QLatin1String("help")) {
        print(command.isEmpty() ? stderr : stdout, usage());
        return command.isEmpty() ? 2 : 0;
    }
    QTextStream input(stdin);
    in.json = json;
    in.input = &input;
    in.printLine = [](const QString &line) {
        print(stdout, line);
        std::fflush(stdout);
    };
    for (const auto &e : commands) {
        if (e.name != command)
            continue;
        if (in.args.contains(QLatin1String("--help")) || in.args.contains(QLatin1String("-h"))) {
            print(stdout,
                cli::Commands::tr("Usage: shopdesk-cli --db FILE [--json] %1\n\n%2").arg(e.synopsis, e.description()));
            return 0;
        }
        if (e.needsShop && in.dbPath.isEmpty()) {
            print(stderr, cli::Commands::tr("%1 needs the shop file: --db FILE (or --server URL).").arg(command));
            return 2;
        }
        if (const QString option = optionWithoutValue(e.synopsis, in.args); !option.isEmpty()) {
            print(stderr,
                cli::Commands::tr("The option %1 needs a value.\nUsage: shopdesk-cli --db FILE [--json] %2")
                    .arg(option, e.synopsis));
            return 2;
        }
        const core::CliOutcome out = e.run(in);
        if (out.printed)
            return out.exitCode;
        if (json)
            print(stdout, QString::fromUtf8(QJsonDocument(out.json).toJson(QJsonDocument::Indented)));
        else
            print(out.exitCode == 0 ? stdout : stderr, out.text);
        return out.exitCode;
    }
    print(stderr, cli::Commands::tr("Unknown command “%1”.").arg(command) + QLatin1Char('\n') + usage());
    return 2;
}
