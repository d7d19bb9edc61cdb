#pragma once

#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <type_traits>
#include <utility>

namespace dpdesk {

// Stable lower_snake_case names for enums that cross the wire or are stored.
//
// An enum opts in by specialising EnumNames with a table of every value and
// its name. The names are a contract with the other side of the wire and with
// stored data: never rename one, only add.
//
//     template<>
//     struct EnumNames<InvitationKind>
//     {
//         static constexpr std::pair<InvitationKind, const char *> entries[] = {
//             {InvitationKind::Link, "link"}, {InvitationKind::Code, "code"}};
//     };
//
// The functions are called enumToString / enumFromString rather than
// toString / fromString on purpose: QTest's QCOMPARE calls an unqualified
// toString(), so a free dpdesk::toString(SomeEnum) found by argument-dependent
// lookup makes every QCOMPARE of that enum ambiguous and fail to compile.
template<typename E>
struct EnumNames;

template<typename E>
concept NamedEnum = std::is_enum_v<E> && requires
{
    EnumNames<E>::entries;
};

// The wire name of a value; empty only for a value outside the enum.
template<NamedEnum E>
QString enumToString(E value)
{
    for (const auto &[v, name] : EnumNames<E>::entries) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return {};
}

// The value for an exact wire name (case-sensitive, no trimming).
template<NamedEnum E>
std::optional<E> enumFromString(QStringView name)
{
    for (const auto &[v, n] : EnumNames<E>::entries) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

// Every wire name in declaration order, e.g. for "must be one of ..." messages.
template<NamedEnum E>
QStringList enumNames()
{
    QStringList names;
    for (const auto &entry : EnumNames<E>::entries)
        names.append(QString::fromLatin1(entry.second));
    return names;
}

} // namespace dpdesk
