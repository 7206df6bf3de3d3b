package com.leadtolease.gateway.auth;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.leadtolease.gateway.config.AuthConfig;
import com.leadtolease.platform.security.Scopes;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who may ask for a token, read once at start-up from the accounts file: integration clients (client credentials)
 * and operator accounts (username and password). Secrets are PBKDF2 hashes; the file never holds one in clear.
 */
@Startup // a missing or broken key or accounts file stops the start, not the first sign-in
@ApplicationScoped
public class Accounts {

    /** An integration (CRM, Zapier, analytics) and the scopes it may be given. */
    public record Client(String id, String secretHash, Set<String> scopes) {
    }

    /** A member of the leasing team; {@code name} is shown to prospects and written in the audit. */
    public record Operator(String username, String name, String passwordHash, Set<String> scopes) {
    }

    record AccountsFile(List<Client> clients, List<Operator> operators) {
    }

    private final Map<String, Client> clients;
    private final Map<String, Operator> operators;

    Accounts(AuthConfig config, ObjectMapper json) {
        AccountsFile file = read(config, json);
        this.clients = index(file.clients(), Client::id, Client::scopes);
        this.operators = index(file.operators(), Operator::username, Operator::scopes);
    }

    public Optional<Client> client(String id) {
        return Optional.ofNullable(clients.get(id));
    }

    public Optional<Operator> operator(String username) {
        return Optional.ofNullable(operators.get(username));
    }

    private static AccountsFile read(AuthConfig config, ObjectMapper json) {
        try {
            return json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(config.accountsFile().toFile(), AccountsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the accounts file " + config.accountsFile()
                    + " (AUTH_ACCOUNTS_FILE)", e);
        }
    }

    private static <T> Map<String, T> index(List<T> accounts, Function<T, String> id, Function<T, Set<String>> scopes) {
        List<T> all = accounts == null ? List.of() : accounts;
        for (T account : all) {
            Set<String> unknown = scopes.apply(account).stream().filter(s -> !Scopes.ALL.contains(s))
                    .collect(Collectors.toSet());
            if (id.apply(account) == null || !unknown.isEmpty()) {
                throw new IllegalStateException("Accounts file: account " + id.apply(account)
                        + " has no id or unknown scopes " + unknown + "; known: " + Scopes.ALL);
            }
        }
        return all.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }
}
