package jp.kajimaru.user.member;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.kajimaru.events.user.MemberRole;

/** Changes to a member; absent fields stay as they are. */
public record MemberPatch(
        @Size(min = 1, max = 50) String displayName,
        @Size(max = 50) String nickname,
        MemberRole role,
        @Pattern(regexp = RELATIONS) String relation,
        @Pattern(regexp = AVATARS) String avatar,
        @Pattern(regexp = COLOUR) String colour) {

    static final String RELATIONS = "self|spouse|parent|child|sibling|other";
    static final String AVATARS = "default|boy|girl|man|woman|grandpa|grandma|cat|dog";
    static final String COLOUR = "#[0-9A-Fa-f]{6}";

    /** What a member may change about themselves without being an admin. */
    boolean onlyPersonalTouches() {
        return displayName == null && role == null && relation == null;
    }
}
