package org.dearmp.template.user;

import java.util.List;
import java.util.Objects;
import org.dearmp.template.pack.TemplatePack;

/**
 * What importing a pack would do, for the user to confirm first.
 *
 * @param added    ids the user does not have yet
 * @param replaced ids of the user's own templates the pack would overwrite
 */
public record ImportPlan(TemplatePack pack, List<String> added, List<String> replaced) {
    public ImportPlan {
        Objects.requireNonNull(pack, "pack");
        added = List.copyOf(added);
        replaced = List.copyOf(replaced);
    }

    public boolean replacesAny() {
        return !replaced.isEmpty();
    }
}
