package com.leadtolease.notification.support;

import com.leadtolease.platform.security.Scopes;
import com.leadtolease.testing.TestTokens;
import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests to the delivery log as staff send them: each with the least scope its route needs. */
public final class Staff {

    private Staff() {
    }

    /** Reading the log (leasing staff in the console). */
    public static RequestSpecification console() {
        return given().header("Authorization", TestTokens.bearer(Scopes.CONSOLE));
    }

    /** Retrying a failed delivery. */
    public static RequestSpecification admin() {
        return given().header("Authorization", TestTokens.bearer(Scopes.ADMIN));
    }
}
