package jp.kajimaru.web;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every client mistake is a 4xx application/problem+json with the offending fields; never a 500. */
@SpringBootTest(classes = WebTestApplication.class, properties = "kajimaru.security.jwks-uri=http://127.0.0.1:9/unused")
@AutoConfigureMockMvc
class ProblemDetailsTest {

    static final UUID HOUSEHOLD = UUID.randomUUID();

    @Autowired MockMvc mvc;

    MockHttpServletRequestBuilder postNote(String body) {
        return post("/api/notes").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(jwt().jwt(j -> j.claim("hid", HOUSEHOLD.toString()).claim("mid", UUID.randomUUID().toString())
                        .claim("role", "ADMIN")));
    }

    @Test
    void validRequestPasses() throws Exception {
        mvc.perform(postNote("{\"text\":\"wash\",\"weight\":3,\"due\":\"2026-12-01\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.household").value(HOUSEHOLD.toString()));
    }

    @Test
    void malformedJsonIs400Problem() throws Exception {
        mvc.perform(postNote("{\"text\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail").value("The body is not valid JSON."));
    }

    @Test
    void missingAndOutOfRangeFieldsAreListed() throws Exception {
        mvc.perform(postNote("{\"weight\":9}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'text')].code").value("NotBlank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'weight')].code").value("Max"));
    }

    @Test
    void wronglyTypedFieldIsNamed() throws Exception {
        mvc.perform(postNote("{\"text\":\"wash\",\"weight\":\"heavy\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weight"))
                .andExpect(jsonPath("$.errors[0].code").value("type"));
        mvc.perform(postNote("{\"text\":\"wash\",\"weight\":2,\"due\":\"next tuesday\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("due"));
    }

    @Test
    void messagesFollowTheCallersLanguage() throws Exception {
        mvc.perform(postNote("{\"text\":\"forbidden word\",\"weight\":1}").header("Accept-Language", "ja"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("この言葉は使えません。"));
        mvc.perform(postNote("{\"text\":\"forbidden word\",\"weight\":1}").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.errors[0].message").value("This word is not allowed."));
        mvc.perform(postNote("{\"weight\":1}").header("Accept-Language", "ja"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("空白")));
    }

    @Test
    void conflictIs409AndUnknownIdIs404AndBadIdIs400() throws Exception {
        mvc.perform(postNote("{\"text\":\"taken\",\"weight\":1}")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        mvc.perform(get("/api/notes/" + UUID.randomUUID()).with(jwt().jwt(j -> j.claim("hid", HOUSEHOLD.toString()))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/notes/not-a-uuid").with(jwt().jwt(j -> j.claim("hid", HOUSEHOLD.toString()))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"));
    }

    @Test
    void noTokenIs401Problem() throws Exception {
        mvc.perform(post("/api/notes").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** Issue #15: while the database restarts, a request gets 503 problem+json with Retry-After, not a 500. */
    @Test
    void databaseDownIs503ProblemWithRetryAfter() throws Exception {
        for (String kind : java.util.List.of("transaction", "repository")) {
            mvc.perform(post("/api/public/outages/" + kind).with(jwt().jwt(j -> j.claim("hid", HOUSEHOLD.toString()))))
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string("Retry-After", "5"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(503))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Hikari"))));
        }
    }

    /** Issue #14: work the service takes only so much of at once (password hashes) is refused with 503, not queued for ever. */
    @Test
    void busyIs503ProblemWithRetryAfterAndItsReason() throws Exception {
        mvc.perform(post("/api/public/outages/busy").with(jwt().jwt(j -> j.claim("hid", HOUSEHOLD.toString()))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Too many sign-ins at once; please try again in a moment."));
    }
}
