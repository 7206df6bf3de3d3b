package com.leadtolease.platform.security;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who a signed-in member of staff is, as the prospect and the audit trail read it: from the token, never a body. */
public final class StaffNames {

    private StaffNames() {
    }

    /** The token's {@code name} claim (the operator's name), else its principal ({@code client:<id>}). */
    public static String of(JsonWebToken token) {
        String name = token.getClaim("name");
        return name == null || name.isBlank() ? token.getName() : name;
    }
}
