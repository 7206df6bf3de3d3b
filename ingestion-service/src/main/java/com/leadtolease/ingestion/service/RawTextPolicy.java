package com.leadtolease.ingestion.service;

import com.leadtolease.ingestion.config.IngestionConfig;
import com.leadtolease.ingestion.domain.RawMessage;
import com.leadtolease.text.pii.AesGcmVault;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Decides how the original text of a message (with its personal data) is kept in raw_messages: AES-GCM encrypted
 * when {@code PII_VAULT_KEY} is set; otherwise in clear only if {@code ingestion.pii.keep-raw-unencrypted=true};
 * otherwise not at all (the row's line, role label and timestamp are still kept).
 */
@ApplicationScoped
public class RawTextPolicy {

    private final Optional<AesGcmVault> vault;
    private final boolean keepPlain;

    public RawTextPolicy(IngestionConfig config) {
        this.vault = config.pii().vaultKey().filter(key -> !key.isBlank()).map(AesGcmVault::new);
        this.keepPlain = config.pii().keepRawUnencrypted();
    }

    public String storage() {
        if (vault.isPresent()) {
            return RawMessage.ENCRYPTED;
        }
        return keepPlain ? RawMessage.PLAIN : RawMessage.WITHHELD;
    }

    /** The value stored for {@code original}: ciphertext, the text itself, or null when withheld. */
    public String protect(String original) {
        if (vault.isPresent()) {
            return vault.get().encrypt(original);
        }
        return keepPlain ? original : null;
    }
}
