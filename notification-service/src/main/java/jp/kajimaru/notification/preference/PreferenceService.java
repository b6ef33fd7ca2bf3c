package jp.kajimaru.notification.preference;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jp.kajimaru.domain.InvalidFieldException;
import jp.kajimaru.domain.NotFoundException;
import jp.kajimaru.notification.household.Directory;
import jp.kajimaru.notification.household.Member;
import jp.kajimaru.notification.message.Channel;
import jp.kajimaru.notification.message.Kind;
import jp.kajimaru.web.security.CurrentMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each member's own notification settings; channels consult them before anything is sent. */
@Service
public class PreferenceService {

    /** The channels a member chooses per kind (webhooks are the household's, chosen per webhook). */
    static final List<Channel> MEMBER_CHANNELS = List.of(Channel.IN_APP, Channel.EMAIL);

    private final PreferencesRepository preferences;
    private final Directory directory;
    private final Clock clock;

    PreferenceService(PreferencesRepository preferences, Directory directory, Clock clock) {
        this.preferences = preferences;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Preferences of(UUID householdId, UUID memberId) {
        return preferences.findByMemberIdAndHouseholdId(memberId, householdId)
                .orElseGet(() -> Preferences.defaults(householdId, memberId));
    }

    @Transactional(readOnly = true)
    public PreferencesView get(CurrentMember caller) {
        return view(of(caller.householdId(), member(caller)), accountEmail(caller));
    }

    @Transactional
    public PreferencesView update(CurrentMember caller, PreferencesView request) {
        UUID member = member(caller);
        Set<String> off = new HashSet<>();
        Set<String> kinds = new HashSet<>(Arrays.stream(Kind.values()).map(Kind::name).toList());
        Preferences current = of(caller.householdId(), member);
        for (Kind kind : Kind.values()) {
            for (Channel channel : MEMBER_CHANNELS) {
                if (!current.wants(kind, channel)) {
                    off.add(Preferences.key(kind, channel));
                }
            }
        }
        request.channels().forEach((kind, channels) -> {
            if (!kinds.contains(kind)) {
                throw new InvalidFieldException("channels", "notif.kind", "Unknown kind: " + kind);
            }
            if (channels == null) {
                return;
            }
            channels.forEach((channel, on) -> {
                Channel c = MEMBER_CHANNELS.stream().filter(x -> x.name().equals(channel)).findFirst()
                        .orElseThrow(() -> new InvalidFieldException("channels", "notif.channel", "Unknown channel: " + channel));
                String key = Preferences.key(Kind.valueOf(kind), c);
                if (Boolean.TRUE.equals(on)) {
                    off.remove(key);
                } else if (Boolean.FALSE.equals(on)) {
                    off.add(key);
                }
            });
        });
        Preferences p = preferences.findByMemberIdAndHouseholdId(member, caller.householdId())
                .orElseGet(() -> Preferences.defaults(caller.householdId(), member));
        if ((request.quietFrom() == null) != (request.quietUntil() == null)) {
            throw new InvalidFieldException(request.quietFrom() == null ? "quietFrom" : "quietUntil", "notif.quietHours",
                    "Quiet hours need a start and an end.");
        }
        if (request.quietFrom() != null && request.quietFrom().equals(request.quietUntil())) {
            throw new InvalidFieldException("quietUntil", "notif.quietHours", "Quiet hours must end at another time than they start.");
        }
        p.change(request.email(), off, request.quietFrom(), request.quietUntil(),
                request.dailyDigest() == null ? p.dailyDigest() : request.dailyDigest(), clock.instant());
        return view(preferences.save(p), accountEmail(caller));
    }

    private String accountEmail(CurrentMember caller) {
        return directory.member(caller.householdId(), caller.memberId()).map(Member::email).orElse(null);
    }

    /** Where a member's e-mail goes: the address in their settings, else their login's; {@code null}: no e-mail. */
    @Transactional(readOnly = true)
    public String emailOf(Preferences p, UUID householdId) {
        if (p.email() != null) {
            return p.email();
        }
        return directory.member(householdId, p.memberId()).map(Member::email).orElse(null);
    }

    private static PreferencesView view(Preferences p, String accountEmail) {
        Map<String, Map<String, Boolean>> channels = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            Map<String, Boolean> row = new LinkedHashMap<>();
            MEMBER_CHANNELS.forEach(c -> row.put(c.name(), p.wants(kind, c)));
            channels.put(kind.name(), row);
        }
        return new PreferencesView(p.email(), channels, Arrays.stream(Kind.values()).map(Kind::name).toList(), p.quietFrom(),
                p.quietUntil(), p.dailyDigest(), accountEmail);
    }

    private static UUID member(CurrentMember caller) {
        if (caller.memberId() == null) {
            throw new NotFoundException("Preferences");
        }
        return caller.memberId();
    }
}
