package dev.gatehouse.permission;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The roles the token's {@code groups} claim carries beside group names ({@code staff}, {@code superuser}), and
 * so names no group may have: a group named {@code superuser} would make each of its members a superuser to
 * every downstream service that trusts {@code @RolesAllowed("superuser")}.
 */
public final class RoleNames {

    /** The roles the token issuer adds for the user's {@code is_staff} and {@code is_superuser} flags. */
    public static final Set<String> RESERVED = Set.of("staff", "superuser");

    /** The field error for a group name that is a role name. */
    public static final String RESERVED_MESSAGE = "is reserved for a role in the tokens' groups claim (staff, superuser)";

    private RoleNames() {}

    /**
     * True when {@code name} is a role name, ignoring case, surrounding space and Unicode compatibility forms
     * (so neither {@code SuperUser} nor the full-width {@code ｓｕｐｅｒｕｓｅｒ} passes). Folding through upper
     * case first maps letters such as the long s ({@code ſ}) and the Kelvin sign to the ASCII ones.
     */
    public static boolean isReserved(String name) {
        if (name == null) {
            return false;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).strip()
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return RESERVED.contains(folded);
    }
}
