package th.servicepoint.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One journaled event on its way to the screens of this instance. Lobby displays forward the message as it is;
 * counter and ticket screens look inside it, and it is parsed at most once for all of them.
 */
final class LiveEvent {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long seq;
    private final String message;
    private JsonNode tree;
    private String forLobby;

    LiveEvent(long seq, String message) {
        this.seq = seq;
        this.message = message;
    }

    /** An event as {@code queue_event_publish} writes it: the message starts with {@code {"seq":N,}. */
    static LiveEvent of(String message) {
        return new LiveEvent(Long.parseLong(message.substring("{\"seq\":".length(), message.indexOf(','))), message);
    }

    long seq() {
        return seq;
    }

    String message() {
        return message;
    }

    /**
     * The message without the survey link of a completed ticket: a lobby display is seen by everyone in the hall,
     * and the link lets whoever has it answer the survey of that visit. Only the counter screen and the citizen's
     * phone get it.
     */
    synchronized String lobbyMessage() {
        if (forLobby == null) {
            forLobby = message.contains("\"surveyUrl\"") ? withoutSurveyUrl() : message;
        }
        return forLobby;
    }

    String type() {
        return tree().path("type").asText();
    }

    String at() {
        return tree().path("at").asText();
    }

    /** Whether the event is about this ticket, or changed the queue of this service (by its prefix). */
    boolean concernsTicket(long ticketId, String servicePrefix) {
        if (tree().path("ticket").path("id").asLong(-1) == ticketId) {
            return true;
        }
        for (JsonNode queue : tree().path("queues")) {
            if (queue.path("prefix").asText().equals(servicePrefix)) {
                return true;
            }
        }
        return false;
    }

    boolean concernsCounter(long counterId) {
        return tree().path("counter").path("id").asLong(-1) == counterId;
    }

    private String withoutSurveyUrl() {
        ObjectNode copy = tree().deepCopy();
        copy.remove("surveyUrl");
        return copy.toString();
    }

    private synchronized JsonNode tree() {
        if (tree == null) {
            try {
                tree = JSON.readTree(message);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("The event journal holds a message that is not JSON: " + seq, e);
            }
        }
        return tree;
    }
}
