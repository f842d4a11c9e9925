package th.servicepoint.notify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

/** The channels this installation has, by kind. */
@ApplicationScoped
class CompanionChannels {

    private final Map<FollowerChannel, CompanionChannel> byKind = new EnumMap<>(FollowerChannel.class);

    CompanionChannels(Instance<CompanionChannel> channels) {
        channels.forEach(channel -> byKind.put(channel.channel(), channel));
    }

    Optional<CompanionChannel> of(FollowerChannel kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** The channels a notice of this kind goes out on. */
    List<FollowerChannel> carrying(NoticeKind kind) {
        return byKind.values().stream().filter(channel -> channel.carries(kind)).map(CompanionChannel::channel)
                .toList();
    }
}
