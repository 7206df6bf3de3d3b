package com.leadtolease.agent.client;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.leadtolease.agent.support.GatewayTokenStub;
import com.leadtolease.agent.support.InjectBookingService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** The listing reads BookingClient inherits from platform's ListingReads go where its own calls go, signed alike. */
@QuarkusTest
class BookingClientTest {

    @InjectBookingService
    WireMockServer booking;
    @Inject
    @RestClient
    BookingClient client;

    @Test
    void anInheritedListingReadReachesBookingServiceUnderApiWithTheServiceToken() {
        booking.stubFor(get(urlPathEqualTo("/api/properties/p-inherited/availability"))
                .willReturn(okJson("{\"propertyId\":\"p-inherited\",\"slots\":[]}")));

        try (Response response = client.availability("p-inherited", "2026-12-07", "2026-12-08")) {
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.readEntity(String.class)).contains("p-inherited");
        }
        booking.verify(1, getRequestedFor(urlPathEqualTo("/api/properties/p-inherited/availability"))
                .withQueryParam("from", equalTo("2026-12-07")).withQueryParam("to", equalTo("2026-12-08"))
                .withHeader("Authorization", equalTo(GatewayTokenStub.AUTHORIZATION)));
    }
}
