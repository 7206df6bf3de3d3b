package com.leadtolease.gateway.auth;

import com.leadtolease.contracts.problem.ProblemException;
import com.leadtolease.gateway.config.AuthConfig;
import com.leadtolease.gateway.service.AuditOutbox;
import com.leadtolease.platform.security.PasswordHashes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The two OAuth 2 grants of {@code POST /api/auth/token}: client credentials for integrations, username and
 * password for operators. A token gets the scopes asked for (all of the account's when none are), never more.
 */
@ApplicationScoped
public class TokenGrants {

    private static final Logger LOG = Logger.getLogger(TokenGrants.class);

    private final Accounts accounts;
    private final AccessTokens tokens;
    private final AuthConfig config;
    private final AuditOutbox audit;

    TokenGrants(Accounts accounts, AccessTokens tokens, AuthConfig config, AuditOutbox audit) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.config = config;
        this.audit = audit;
    }

    public AccessTokens.Issued clientCredentials(String clientId, String secret, String requestedScope) {
        Accounts.Client client = authenticated(accounts.client(clientId), Accounts.Client::secretHash, secret,
                "client id or secret");
        Set<String> scopes = granted(client.scopes(), requestedScope);
        AccessTokens.Issued issued = tokens.issue("client:" + clientId, clientId, scopes, config.clientTokenTtl());
        LOG.infof("Token issued to client %s with scopes %s", clientId, scopes);
        audit.tokenIssued(clientId, "client_credentials", new TreeSet<>(scopes));
        return issued;
    }

    public AccessTokens.Issued password(String username, String password, String requestedScope) {
        Accounts.Operator operator = authenticated(accounts.operator(username), Accounts.Operator::passwordHash,
                password, "username or password");
        Set<String> scopes = granted(operator.scopes(), requestedScope);
        AccessTokens.Issued issued = tokens.issue("operator:" + username, operator.name(), scopes,
                config.operatorTokenTtl());
        LOG.infof("Token issued to operator %s with scopes %s", username, scopes);
        audit.tokenIssued(username, "password", new TreeSet<>(scopes));
        return issued;
    }

    /** The account when the secret is its own; an unknown account costs the same hash time as a wrong secret. */
    private static <T> T authenticated(Optional<T> account, Function<T, String> storedHash, String secret,
                                       String what) {
        if (account.isEmpty()) {
            PasswordHashes.burnOneCheck(secret.toCharArray());
            throw ProblemException.unauthorized("The " + what + " is wrong.");
        }
        if (!PasswordHashes.matches(secret.toCharArray(), storedHash.apply(account.get()))) {
            throw ProblemException.unauthorized("The " + what + " is wrong.");
        }
        return account.get();
    }

    private static Set<String> granted(Set<String> allowed, String requestedScope) {
        if (requestedScope == null || requestedScope.isBlank()) {
            return allowed;
        }
        Set<String> requested = new LinkedHashSet<>(Arrays.asList(requestedScope.trim().split("\\s+")));
        Set<String> refused = new LinkedHashSet<>(requested);
        refused.removeAll(allowed);
        if (!refused.isEmpty()) {
            throw ProblemException.forbidden("This account may not be given " + String.join(" ", refused)
                    + "; it may ask for " + String.join(" ", allowed) + ".");
        }
        return requested;
    }
}
