package jp.kajimaru.messaging.deadletter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jp.kajimaru.events.Topics;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;

/**
 * {@code /actuator/deadletters}, for operators: GET lists the dead letters of every topic this service consumes,
 * {@code POST /actuator/deadletters} replays all not replayed yet, {@code POST /actuator/deadletters/{topic}/{id}}
 * replays one ({@code id} is {@code <partition>-<offset>} in the dead-letter topic, as the list shows it).
 *
 * <p>Answers only requests from the service's own host that no proxy forwarded ({@link DeadLettersAccess}); a request
 * that arrives with a user's token is someone else's and is refused, whoever the user is.
 */
@Endpoint(id = "deadletters")
public class DeadLettersEndpoint {

    private final DeadLetterReplayer replayer;
    private final Set<String> consumedTopics;

    public DeadLettersEndpoint(DeadLetterReplayer replayer, Set<String> consumedTopics) {
        this.replayer = replayer;
        this.consumedTopics = Set.copyOf(consumedTopics);
    }

    @ReadOperation
    public WebEndpointResponse<Object> list(SecurityContext caller) {
        if (caller.getPrincipal() != null) {
            return refused();
        }
        List<DeadLetter> letters = replayer.list(new TreeSet<>(consumedTopics));
        return new WebEndpointResponse<>(Map.of("topics", new TreeSet<>(consumedTopics), "deadLetters", letters));
    }

    @WriteOperation
    public WebEndpointResponse<Object> replayAll(SecurityContext caller) {
        if (caller.getPrincipal() != null) {
            return refused();
        }
        return new WebEndpointResponse<>(Map.of("results", replayer.replayAll(new TreeSet<>(consumedTopics))));
    }

    @WriteOperation
    public WebEndpointResponse<Object> replay(SecurityContext caller, @Selector String topic, @Selector String id) {
        if (caller.getPrincipal() != null) {
            return refused();
        }
        // The dead-letter topic's name works as well as the original's: both are what an operator sees in the list.
        String original = consumedTopics.stream().filter(t -> Topics.dlq(t).equals(topic)).findFirst().orElse(topic);
        if (!consumedTopics.contains(original)) {
            return problem(404, "this service does not consume " + original + "; it consumes " + consumedTopics);
        }
        String[] parts = id.split("-", 2);
        int partition;
        long offset;
        try {
            partition = Integer.parseInt(parts[0]);
            offset = Long.parseLong(parts[1]);
        } catch (RuntimeException e) {
            return problem(400, "a dead letter is named <partition>-<offset>, e.g. 0-12; got " + id);
        }
        DeadLetterReplayer.Result result = replayer.replay(original, partition, offset);
        return switch (result.outcome()) {
            case REPLAYED -> new WebEndpointResponse<>(result);
            case ALREADY_REPLAYED -> new WebEndpointResponse<>(result, 409);
            case NOT_FOUND -> new WebEndpointResponse<>(result, 404);
        };
    }

    private static WebEndpointResponse<Object> refused() {
        return problem(403, "dead letters are for operators on the service's host, not for signed-in users");
    }

    private static WebEndpointResponse<Object> problem(int status, String detail) {
        return new WebEndpointResponse<>(Map.of("status", status, "detail", detail), status);
    }
}
