#include "client/credentials/InMemoryCredentialStore.h"

#include <QTest>

using namespace dpdesk;
using namespace dpdesk::client;

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    static Result<Tokens> loadFrom(CredentialStore &store, const QString &server, const QString &user)
    {
        std::optional<Result<Tokens>> result;
        store.load(server, user, [&](const Result<Tokens> &r) { result = r; });
        return result.value_or(Result<Tokens>(Error{QStringLiteral("test.no_answer"), {}, {}}));
    }

    // The loaded tokens, or empty ones when there are none.
    static Tokens tokensFrom(CredentialStore &store, const QString &server, const QString &user)
    {
        const auto result = loadFrom(store, server, user);
        return result ? result.value() : Tokens{};
    }

private slots:
    void storesLoadsAndErasesPerServerAndUser()
    {
        InMemoryCredentialStore store;
        const Tokens anna{QStringLiteral("access-a"), QStringLiteral("refresh-a")};
        const Tokens bert{QStringLiteral("access-b"), QStringLiteral("refresh-b")};
        bool stored = false;
        store.store("https://portal.example.nl/", "anna", anna, [&](const Status &s) { stored = s.ok(); });
        QVERIFY(stored);
        store.store("https://portal.example.nl", "bert", bert, {});
        store.store("https://other.example.nl", "anna", bert, {});

        QCOMPARE(tokensFrom(store, "https://PORTAL.example.nl", "anna"), anna); // same server
        QCOMPARE(tokensFrom(store, "https://portal.example.nl", "bert"), bert);
        QCOMPARE(tokensFrom(store, "https://other.example.nl", "anna"), bert);
        QCOMPARE(store.size(), 3);

        store.erase("https://portal.example.nl", "anna", {});
        const auto gone = loadFrom(store, "https://portal.example.nl", "anna");
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, QStringLiteral("credentials.not_found"));
        QCOMPARE(tokensFrom(store, "https://other.example.nl", "anna"), bert);
    }

    void storingAgainReplacesTheTokens()
    {
        InMemoryCredentialStore store;
        store.store("https://portal.example.nl", "anna", {"a1", "r1"}, {});
        store.store("https://portal.example.nl", "anna", {"a2", "r2"}, {});
        QCOMPARE(tokensFrom(store, "https://portal.example.nl", "anna"), (Tokens{"a2", "r2"}));
        QCOMPARE(store.size(), 1);
    }

    void keysKeepServersAndUsersApart()
    {
        QCOMPARE(CredentialStore::keyFor("https://a.nl/", "u"), CredentialStore::keyFor("https://A.nl", "u"));
        QVERIFY(CredentialStore::keyFor("https://a.nl", "u") != CredentialStore::keyFor("https://b.nl", "u"));
        QVERIFY(CredentialStore::keyFor("https://a.nl", "u") != CredentialStore::keyFor("https://a.nl", "U"));
    }
};

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credential_store.moc"
