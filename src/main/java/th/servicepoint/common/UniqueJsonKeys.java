package th.servicepoint.common;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * {@code {"reason":"a","reason":"b"}} is ambiguous (which one did the person mean?), and Jackson's records cannot take
 * a creator property twice: a key given twice anywhere in a body is refused while it is read, with a 400 naming it.
 */
@Singleton
public class UniqueJsonKeys implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
}
