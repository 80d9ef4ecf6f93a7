#pragma once

#include <QString>

namespace shopdesk::core::ean13 {

/// The check digit of the first 12 digits of an EAN-13 (GS1 mod-10, weights 1,3,1,3…).
int checkDigit(QStringView twelveDigits);

/// True for 13 digits whose last digit is the right check digit.
bool isValid(QStringView code);

/// An in-store EAN-13 (GS1 prefix 20–29, for the shop's own goods): prefix (2 digits, 20–29),
/// the serial zero-padded to 10 digits, and the check digit.
QString inStore(int prefix, qint64 serial);

} // namespace shopdesk::core::ean13
