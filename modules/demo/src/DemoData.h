#pragma once

// Content tables for the deterministic demo shop.
//
// Everything here is static, hand-written data: a believable small clothing
// store (jeans, T-shirts, hoodies, shoes) with its suppliers, buyer names,
// addresses and customer-service quick replies. The demo-shop generator draws
// from these tables with its own seeded sequence; nothing in this file is
// random and there is no logic beyond returning the tables.
//
// All strings are UTF-8 `const char*` literals (the project builds with
// QT_NO_CAST_FROM_ASCII, so callers convert explicitly, e.g. QString::fromUtf8).
// Lists inside one field ("colors", "sizes", "categories") are separated by '|'.
// Money is in fen (1/100 yuan): 12900 = ¥129.00.

#include <cstdint>
#include <span>

namespace shopdesk::demo::data {

// One listing (宝贝): item code (货号), platform title, category code
// ("jeans" | "tshirt" | "hoodie" | "shoes"), role ("traffic" 引流款 |
// "profit" 利润款 | "image" 形象款), main-push flag (主推款), price and cost in
// fen, '|'-separated colours and sizes (SKU = colour × size), out-of-season flag.
struct ItemTemplate {
    const char *code;
    const char *title;
    const char *category;
    const char *role;
    bool mainPush;
    int priceFen;
    int costFen;
    const char *colors;
    const char *sizes;
    bool outOfSeason;
};

// A wholesale supplier (供应商); categories is a '|'-separated list of category codes.
struct SupplierTemplate {
    const char *name;
    const char *contact;
    const char *phone;
    const char *city;
    const char *categories;
};

// A real mainland address area with its 6-digit postcode; remote = default courier may not reach (EMS instead).
struct Place {
    const char *province;
    const char *city;
    const char *district;
    const char *postcode;
    bool remote;
};

// A customer-service quick reply (快捷短语): group code, short unique code, title, body with {占位符} placeholders.
struct ReplyTemplate {
    const char *group;
    const char *code;
    const char *title;
    const char *body;
};

// The 46 listings of the demo store.
std::span<const ItemTemplate> items();

// The 4 wholesale suppliers.
std::span<const SupplierTemplate> suppliers();

// Common Chinese surnames (single and a few double-character ones such as 欧阳).
std::span<const char *const> surnames();

// One- or two-character Chinese given names.
std::span<const char *const> givenNames();

// Taobao-style buyer member names (unique).
std::span<const char *const> nicknames();

// Province / city / district triples with postcodes, covering all 31 mainland regions.
std::span<const Place> places();

// Street-and-building fragments to combine with a Place into a full address.
std::span<const char *const> streets();

// Customer-service quick replies; groups: presale, insale, aftersale, payment,
// logistics, returns, review, restock.
std::span<const ReplyTemplate> replies();

} // namespace shopdesk::demo::data
