package com.leadtolease.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AuthFilesTest {

    private static Path dir(String name) throws Exception {
        Path dir = Path.of("target", "tmp", name + "-" + System.nanoTime());
        Files.createDirectories(dir);
        return dir;
    }

    @Test
    void createdAccountsHoldOnlyHashesThatMatchThePrintedSecrets() throws Exception {
        AuthFiles.Created created = AuthFiles.create(dir("auth-create"), "crm", "maria", "Maria Lopez");

        String accounts = Files.readString(created.dir().resolve(AuthFiles.ACCOUNTS));
        assertThat(accounts).doesNotContain(created.adminSecret(), created.operatorPassword()).contains("\"console\"");
        assertThat(PasswordHashes.matches(created.adminSecret().toCharArray(), hashAfter(accounts, "secretHash")))
                .isTrue();
        assertThat(PasswordHashes.matches(created.operatorPassword().toCharArray(), hashAfter(accounts, "passwordHash")))
                .isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                created.dir().resolve(AuthFiles.SIGNING_KEY)))).isEqualTo("rw-------");
    }

    @Test
    void agentServiceGetsItsOwnClientWithOnlyWhatItCallsFor() throws Exception {
        AuthFiles.Created created = AuthFiles.create(dir("auth-agent"), "crm", "maria", "Maria");

        String accounts = Files.readString(created.dir().resolve(AuthFiles.ACCOUNTS));
        Matcher agent = Pattern.compile("\\{\"id\": \"agent-service\", \"secretHash\": \"([^\"]+)\", \"scopes\": "
                + "\\[([^]]*)]").matcher(accounts);
        assertThat(agent.find()).isTrue();
        assertThat(PasswordHashes.matches(created.agentSecret().toCharArray(), agent.group(1))).isTrue();
        assertThat(agent.group(2)).isEqualTo("\"bookings:read\", \"bookings:write\", \"training:read\"");
        assertThat(created.agentSecret()).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(created.adminSecret());
    }

    @Test
    void aRotationSignsWithANewKeyAndStillPublishesTheOldOne() throws Exception {
        Path dir = AuthFiles.create(dir("auth-rotate"), "crm", "maria", "Maria").dir();
        String oldKid = kidOfSigningKey(dir);

        AuthFiles.rotate(dir);

        String newKid = kidOfSigningKey(dir);
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(Files.readString(dir.resolve(AuthFiles.JWKS))).contains(oldKid, newKid);
    }

    private static String kidOfSigningKey(Path dir) throws Exception {
        return RsaKeys.keyId(RsaKeys.publicKeyOf(RsaKeys.readPrivateKey(Files.readString(
                dir.resolve(AuthFiles.SIGNING_KEY)))));
    }

    private static String hashAfter(String json, String field) {
        Matcher matcher = Pattern.compile("\"" + field + "\": \"([^\"]+)\"").matcher(json);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
