package com.leadtolease.gateway.rest;

import com.leadtolease.contracts.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Inbound Zapier/CRM webhooks (HMAC-verified, onto webhooks.inbound) are designed but not built: 501, said plainly. */
@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
@PermitAll // answers 501 and stores nothing until inbound webhooks (HMAC-signed) are built
public class WebhooksResource {

    @POST
    @Path("/zapier")
    @Operation(summary = "Inbound Zapier webhook (not built yet: answers 501)")
    public void zapier() {
        throw ProblemException.notImplemented("Inbound webhooks are not built yet.");
    }
}
