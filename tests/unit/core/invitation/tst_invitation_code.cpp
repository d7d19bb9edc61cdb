#include "core/invitation/InvitationCode.h"

#include <QSet>
#include <QTest>

#include <array>

using namespace dpdesk;

namespace {

const QString Alphabet = QString::fromLatin1(InvitationCode::Alphabet);

QString errorCodeOf(const QString &input)
{
    const auto parsed = InvitationCode::parse(input);
    return parsed ? QString() : parsed.error().code;
}

// A valid canonical code that has the given symbols at the given positions:
// the other symbols come from `base`, and payload position `freePos` is solved
// so that the check works out. Exactly one symbol must fit there.
QString validCodeWith(QString base, const QList<std::pair<int, QChar>> &fixed, int freePos)
{
    for (const auto &[pos, symbol] : fixed)
        base[pos] = symbol;
    QString found;
    int fits = 0;
    for (QChar candidate : Alphabet) {
        QString code = base;
        code[freePos] = candidate;
        if (InvitationCode::parse(code)) {
            found = code;
            ++fits;
        }
    }
    return fits == 1 ? found : QString();
}

} // namespace

class TestInvitationCode : public QObject
{
    Q_OBJECT

private slots:
    void generatedCodesAreWellFormedUniqueAndCoverTheAlphabet()
    {
        constexpr int count = 10'000;
        QSet<InvitationCode> seen;
        std::array<std::array<bool, 32>, InvitationCode::Symbols> hit{};
        for (int i = 0; i < count; ++i) {
            const InvitationCode code = InvitationCode::generate();
            const QString canonical = code.canonical();
            QCOMPARE(canonical.size(), 9);
            for (int pos = 0; pos < canonical.size(); ++pos) {
                const qsizetype value = Alphabet.indexOf(canonical[pos]);
                QVERIFY2(value >= 0, qPrintable(canonical));
                hit[size_t(pos)][size_t(value)] = true;
            }
            QVERIFY(code.payload() <= InvitationCode::PayloadMask);
            QCOMPARE(Alphabet.indexOf(canonical[8]), code.checkValue());
            const auto reparsed = InvitationCode::parse(canonical);
            QVERIFY(reparsed.ok());
            QCOMPARE(*reparsed, code);
            const auto fromDisplay = InvitationCode::parse(code.formatted());
            QVERIFY(fromDisplay.ok());
            QCOMPARE(*fromDisplay, code);
            seen.insert(code);
        }
        QCOMPARE(seen.size(), count);
        for (int pos = 0; pos < InvitationCode::Symbols; ++pos) {
            for (int value = 0; value < 32; ++value) {
                QVERIFY2(hit[size_t(pos)][size_t(value)],
                         qPrintable(
                             QStringLiteral("symbol %1 never at position %2").arg(Alphabet[value]).arg(pos)));
            }
        }
    }

    void alphabetIsCrockford()
    {
        QCOMPARE(Alphabet.size(), 32);
        QCOMPARE(QSet<QChar>(Alphabet.begin(), Alphabet.end()).size(), 32);
        for (QChar excluded : {QChar('I'), QChar('L'), QChar('O'), QChar('U')})
            QVERIFY(!Alphabet.contains(excluded));
    }

    // Fixed vectors pin the check algorithm: other implementations (portal,
    // website) must produce the same check symbol.
    void knownVectors_data()
    {
        QTest::addColumn<quint64>("payload");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("zero") << quint64(0) << "000000000"
                              << "0000-0000-0";
        QTest::newRow("one") << quint64(1) << "000000012"
                             << "0000-0001-2";
        QTest::newRow("all ones") << InvitationCode::PayloadMask << "ZZZZZZZZ3"
                                  << "ZZZZ-ZZZZ-3";
        QTest::newRow("bits above 40 ignored") << (InvitationCode::PayloadMask + 2) << "000000012"
                                               << "0000-0001-2";
        QTest::newRow("K7QM") << quint64(0x99EF4175A9) << "K7QM2XD93"
                              << "K7QM-2XD9-3";
        QTest::newRow("10ZH") << quint64(0x083F105F01) << "10ZH0QR1E"
                              << "10ZH-0QR1-E";
        QTest::newRow("ABCD") << quint64(0x52D8D73E11) << "ABCDEFGHZ"
                              << "ABCD-EFGH-Z";
        QTest::newRow("WXYZ") << quint64(0xE77DF00443) << "WXYZ0123R"
                              << "WXYZ-0123-R";
    }

    void knownVectors()
    {
        QFETCH(quint64, payload);
        QFETCH(QString, canonical);
        QFETCH(QString, formatted);
        const InvitationCode code = InvitationCode::fromPayload(payload);
        QCOMPARE(code.canonical(), canonical);
        QCOMPARE(code.formatted(), formatted);
        QCOMPARE(code.payload(), payload & InvitationCode::PayloadMask);
        const auto parsed = InvitationCode::parse(canonical);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, code);
    }

    void displayGrouping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("canonical") << "K7QM2XD93"
                                   << "K7QM-2XD9-3";
        QTest::newRow("already grouped") << "K7QM-2XD9-3"
                                         << "K7QM-2XD9-3";
        QTest::newRow("grouped otherwise") << "K7Q M2X D93"
                                           << "K7QM-2XD9-3";
    }

    void displayGrouping()
    {
        QFETCH(QString, input);
        QFETCH(QString, formatted);
        const auto parsed = InvitationCode::parse(input);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->formatted(), formatted);
        QCOMPARE(parsed->formatted().size(), 11);
        QCOMPARE(parsed->formatted().at(4), QChar('-'));
        QCOMPARE(parsed->formatted().at(9), QChar('-'));
        QCOMPARE(parsed->canonical(), QString(formatted).remove(QChar('-')));
    }

    void forgiveness_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("canonical");
        const QString k = QStringLiteral("K7QM2XD93");
        const QString z = QStringLiteral("10ZH0QR1E");
        QTest::newRow("canonical") << k << k;
        QTest::newRow("formatted") << "K7QM-2XD9-3" << k;
        QTest::newRow("lower case") << "k7qm-2xd9-3" << k;
        QTest::newRow("mixed case") << "k7Qm2xD93" << k;
        QTest::newRow("spaces for hyphens") << "K7QM 2XD9 3" << k;
        QTest::newRow("spaces everywhere") << "K 7 Q M 2 X D 9 3" << k;
        QTest::newRow("double hyphens") << "K7QM--2XD9--3" << k;
        QTest::newRow("groups of three") << "K7Q-M2X-D93" << k;
        QTest::newRow("leading and trailing whitespace") << "  \tK7QM-2XD9-3 \n" << k;
        QTest::newRow("no-break space") << QStringLiteral("K7QM\u00a02XD9\u00a03") << k;
        QTest::newRow("en dash") << QStringLiteral("K7QM\u20132XD9\u20133") << k;
        QTest::newRow("hyphen at ends") << "-K7QM-2XD9-3-" << k;
        QTest::newRow("with 0 and 1") << "10ZH-0QR1-E" << z;
        QTest::newRow("O for 0") << "10ZH-OQR1-E" << z;
        QTest::newRow("o for 0") << "1ozh-oqr1-e" << z;
        QTest::newRow("I for 1") << "I0ZH-0QRI-E" << z;
        QTest::newRow("i for 1") << "i0zh-0qri-e" << z;
        QTest::newRow("L for 1") << "L0ZH-0QRL-E" << z;
        QTest::newRow("l for 1") << "l0zh0qrle" << z;
        QTest::newRow("all confusions at once") << " lOzh oqrI e " << z;
    }

    void forgiveness()
    {
        QFETCH(QString, input);
        QFETCH(QString, canonical);
        const auto parsed = InvitationCode::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed ? QString() : parsed.error().code));
        QCOMPARE(parsed->canonical(), canonical);
    }

    void rejections_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        const QString chars = QStringLiteral("invitation_code.characters");
        const QString length = QStringLiteral("invitation_code.length");
        const QString check = QStringLiteral("invitation_code.check");
        QTest::newRow("empty") << "" << length;
        QTest::newRow("only whitespace") << "   \t" << length;
        QTest::newRow("only hyphens") << "--" << length;
        QTest::newRow("8 symbols") << "K7QM-2XD9" << length;
        QTest::newRow("10 symbols") << "K7QM-2XD9-33" << length;
        QTest::newRow("two codes") << "K7QM-2XD9-3 K7QM-2XD9-3" << length;
        QTest::newRow("U") << "K7QM-2XD9-U" << chars;
        QTest::newRow("u") << "k7qm-2xd9-u" << chars;
        QTest::newRow("asterisk") << "K7QM*2XD9-3" << chars;
        QTest::newRow("underscore") << "K7QM_2XD9_3" << chars;
        QTest::newRow("dot") << "K7QM.2XD9.3" << chars;
        QTest::newRow("e acute") << QStringLiteral("K7QM-2X\u00e99-3") << chars;
        QTest::newRow("fullwidth K") << QStringLiteral("\uff217QM-2XD9-3") << chars;
        QTest::newRow("arabic-indic digit") << QStringLiteral("K\u0667QM-2XD9-3") << chars;
        QTest::newRow("NUL") << QString(QStringLiteral("K7QM-2XD9-3")).insert(4, QChar(0)) << chars;
        QTest::newRow("url") << "https://example.nl/i/K7QM2XD93" << chars;
        QTest::newRow("short with bad character") << "K7!" << chars;
        QTest::newRow("wrong check") << "K7QM-2XD9-4" << check;
        QTest::newRow("typo in payload") << "K7QM-2XD8-3" << check;
        QTest::newRow("swapped neighbours") << "K7MQ-2XD9-3" << check;
        QTest::newRow("swap across group") << "K7Q2-MXD9-3" << check;
        QTest::newRow("swap with check") << "K7QM-2XD3-9" << check;
        QTest::newRow("V for U-like typo") << "K7QM-2XD9-V" << check;
    }

    void rejections()
    {
        QFETCH(QString, input);
        QFETCH(QString, error);
        const auto parsed = InvitationCode::parse(input);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, error);
        QCOMPARE(parsed.error().field, QStringLiteral("code"));
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void checkFailureSaysTypo()
    {
        const auto parsed = InvitationCode::parse(QStringLiteral("K7QM-2XD9-4"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().message,
                 QStringLiteral("This code contains a typo. Check the code in the invitation."));
    }

    // For 2000 random codes, every substitution of every symbol (9 × 31) and
    // every swap of two different neighbours (up to 8) is refused as a typo.
    void everySingleErrorAndTranspositionIsCaught()
    {
        const QString check = QStringLiteral("invitation_code.check");
        int substitutions = 0;
        int transpositions = 0;
        for (int n = 0; n < 2000; ++n) {
            const QString code = InvitationCode::generate().canonical();
            QVERIFY(InvitationCode::parse(code).ok());
            for (int pos = 0; pos < code.size(); ++pos) {
                for (QChar replacement : Alphabet) {
                    if (replacement == code[pos])
                        continue;
                    QString typo = code;
                    typo[pos] = replacement;
                    if (errorCodeOf(typo) != check)
                        QFAIL(qPrintable(QStringLiteral("%1 -> %2 not caught").arg(code, typo)));
                    ++substitutions;
                }
            }
            for (int pos = 0; pos + 1 < code.size(); ++pos) {
                if (code[pos] == code[pos + 1])
                    continue;
                QString swapped = code;
                std::swap(swapped[pos], swapped[pos + 1]);
                if (errorCodeOf(swapped) != check)
                    QFAIL(qPrintable(QStringLiteral("%1 -> %2 not caught").arg(code, swapped)));
                ++transpositions;
            }
        }
        QCOMPARE(substitutions, 2000 * 9 * 31);
        QVERIFY(transpositions > 2000 * 7);
    }

    // Exhaustive over symbols: at every position, every symbol replaced by
    // every other symbol; and at every pair of neighbours, every ordered pair
    // of different symbols swapped. (The check is linear, so whether an error
    // is caught does not depend on the other symbols; this covers them all.)
    void exhaustiveOverAllSymbols()
    {
        const QString check = QStringLiteral("invitation_code.check");
        const QString base = InvitationCode::generate().canonical();
        int substitutions = 0;
        for (int pos = 0; pos < InvitationCode::Symbols; ++pos) {
            for (QChar original : Alphabet) {
                const QString code = validCodeWith(base, {{pos, original}}, pos == 0 ? 1 : 0);
                QVERIFY2(!code.isEmpty(), "exactly one symbol completes a code");
                for (QChar replacement : Alphabet) {
                    if (replacement == original)
                        continue;
                    QString typo = code;
                    typo[pos] = replacement;
                    QCOMPARE(errorCodeOf(typo), check);
                    ++substitutions;
                }
            }
        }
        QCOMPARE(substitutions, 9 * 32 * 31);

        int transpositions = 0;
        for (int pos = 0; pos + 1 < InvitationCode::Symbols; ++pos) {
            for (QChar x : Alphabet) {
                for (QChar y : Alphabet) {
                    if (x == y)
                        continue;
                    const QString code = validCodeWith(base, {{pos, x}, {pos + 1, y}}, pos == 0 ? 2 : 0);
                    QVERIFY2(!code.isEmpty(), "exactly one symbol completes a code");
                    QString swapped = code;
                    std::swap(swapped[pos], swapped[pos + 1]);
                    QCOMPARE(errorCodeOf(swapped), check);
                    ++transpositions;
                }
            }
        }
        QCOMPARE(transpositions, 8 * 32 * 31);
    }
};

QTEST_GUILESS_MAIN(TestInvitationCode)
#include "tst_invitation_code.moc"
