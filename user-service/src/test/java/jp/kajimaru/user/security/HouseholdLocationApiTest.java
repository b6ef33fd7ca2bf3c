package jp.kajimaru.user.security;

import java.util.List;

import jp.kajimaru.testsupport.TestApi;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code PATCH /api/households/current} with the issue's {@code {location: {city} | {latitude, longitude}}}: a city
 * preset or coordinates; an unknown city, coordinates out of range or a half-given place are 400 field errors.
 */
class HouseholdLocationApiTest extends FamilyApiTest {

    @Test
    void aCityPresetOrCoordinatesMoveTheHousehold() {
        TestApi.Reply sapporo = family.admin.patch("/api/households/current", "{\"location\":{\"city\":\"sapporo\"}}");
        assertThat(sapporo.status()).as(sapporo.body()).isEqualTo(200);
        assertThat(sapporo.json().get("location").get("city").asString()).isEqualTo("sapporo");
        assertThat(sapporo.json().get("location").get("label").asString()).isEqualTo("札幌");
        assertThat(sapporo.json().get("location").get("latitude").decimalValue()).isEqualByComparingTo("43.0642");
        assertThat(sapporo.json().get("locationLabel").asString()).as("the flat fields follow").isEqualTo("札幌");

        TestApi.Reply coordinates = family.admin.patch("/api/households/current",
                "{\"location\":{\"latitude\":36.2048,\"longitude\":138.2529,\"label\":\"長野の実家\"}}");
        assertThat(coordinates.status()).as(coordinates.body()).isEqualTo(200);
        assertThat(coordinates.json().get("location").get("city").isNull()).isTrue();
        assertThat(coordinates.json().get("location").get("label").asString()).isEqualTo("長野の実家");
        assertThat(coordinates.json().get("location").get("longitude").decimalValue()).isEqualByComparingTo("138.2529");

        TestApi.Reply unnamed = family.admin.patch("/api/households/current", "{\"location\":{\"latitude\":26.2124,\"longitude\":127.6809}}");
        assertThat(unnamed.json().get("location").get("city").asString()).as("coordinates of a preset").isEqualTo("naha");
        assertThat(unnamed.json().get("location").get("label").asString()).isEqualTo("那覇");
        assertThat(family.admin.get("/api/households/current").json().get("location").get("city").asString()).isEqualTo("naha");
    }

    @Test
    void anUnknownCityOrImpossibleCoordinatesAreFieldErrors() {
        TestApi.Reply atlantis = family.admin.patch("/api/households/current", "{\"location\":{\"city\":\"atlantis\"}}");
        assertFieldError(atlantis, "location.city");
        assertThat(atlantis.body()).as("names the allowed cities").contains("tokyo", "sapporo", "naha");

        for (String[] bodyAndField : List.of(
                new String[] {"{\"location\":{\"latitude\":90.5,\"longitude\":139}}", "location.latitude"},
                new String[] {"{\"location\":{\"latitude\":35,\"longitude\":-180.01}}", "location.longitude"},
                new String[] {"{\"location\":{\"latitude\":35}}", "location.longitude"},
                new String[] {"{\"location\":{}}", "location.latitude"},
                new String[] {"{\"location\":{\"city\":\"osaka\",\"latitude\":35,\"longitude\":139}}", "location"},
                new String[] {"{\"location\":{\"city\":\"osaka\"},\"latitude\":35}", "location"},
                new String[] {"{\"location\":{\"latitude\":35,\"longitude\":139,\"label\":\"  \"}}", "location.label"})) {
            assertFieldError(family.admin.patch("/api/households/current", bodyAndField[0]), bodyAndField[1]);
        }
        assertThat(family.admin.get("/api/households/current").json().get("location").get("city").asString())
                .as("nothing changed").isEqualTo("tokyo");
    }

    private static void assertFieldError(TestApi.Reply r, String field) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"" + field + "\"");
    }
}
