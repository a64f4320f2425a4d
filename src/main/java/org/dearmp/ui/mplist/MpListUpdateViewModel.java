package org.dearmp.ui.mplist;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.dearmp.core.UkDates;
import org.dearmp.i18n.Messages;
import org.dearmp.parliament.Member;
import org.dearmp.parliament.MpChange;
import org.dearmp.ui.desktop.DialogService;
import org.dearmp.ui.desktop.FileKind;
import org.dearmp.ui.services.MpListImports;
import org.dearmp.ui.services.MpListUpdate;
import org.dearmp.ui.task.BackgroundExecutor;

/**
 * File &gt; Update MP list…: asks for a newer DfE extract, imports it in the background and, when it is in use,
 * says what changed. A file that cannot be used is explained and changes nothing; a cancelled choice does nothing.
 */
public final class MpListUpdateViewModel {
    /** What the changes screen says: the list's date, a summary, and one line per seat that changed. */
    public record Changes(String heading, String summary, List<SeatChange> seats) {
        public Changes {
            seats = List.copyOf(seats);
        }
    }

    /** One seat that changed: its name, and "was Andy Burnham (Labour), now Jane Doe (Reform UK)". */
    public record SeatChange(String seat, String change) {
        /** Both in one sentence, as a screen reader reads the row. */
        public String line() {
            return Messages.get("ui.mpList.change", seat, change);
        }
    }

    private final DialogService dialogs;
    private final BackgroundExecutor executor;
    private final MpListImports imports;
    private final Consumer<MpListUpdate> onImported;
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Changes> changes = new ReadOnlyObjectWrapper<>();

    /** @param onImported told on the FX thread once the new list is in use, before the changes are shown */
    public MpListUpdateViewModel(DialogService dialogs, BackgroundExecutor executor, MpListImports imports,
                                 Consumer<MpListUpdate> onImported) {
        this.dialogs = Objects.requireNonNull(dialogs, "dialogs");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.imports = Objects.requireNonNull(imports, "imports");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
    }

    /** Asks for the file and imports it; does nothing when the user cancels or an import is already running. */
    public void chooseAndImport() {
        if (importing.get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(Messages.get("ui.mpList.choose"), FileKind.MP_LIST);
        if (file.isEmpty()) {
            return;
        }
        importing.set(true);
        executor.submit(progress -> imports.importList(file.get()), update -> {
            importing.set(false);
            onImported.accept(update);
            changes.set(describe(update));
        }, error -> {
            importing.set(false);
            dialogs.showError(error);
        });
    }

    /** The changes of the last import, to show; null before one succeeds. */
    public ReadOnlyObjectProperty<Changes> changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** True while a list is being read, checked and stored. */
    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    static Changes describe(MpListUpdate update) {
        String heading = Messages.get("ui.mpList.heading", UkDates.date(update.parliament().dataAsOf()));
        String previous = UkDates.date(update.previousAsOf());
        String summary = update.changes().isEmpty()
                ? Messages.get("ui.mpList.noChanges", previous)
                : Messages.get("ui.mpList.changed", update.changes().size(), previous);
        return new Changes(heading, summary, update.changes().stream().map(MpListUpdateViewModel::line).toList());
    }

    /** Words rather than an arrow, which a screen reader reads out as "right arrow". */
    private static SeatChange line(MpChange change) {
        return new SeatChange(change.constituency().displayName(), Messages.get("ui.mpList.change.wasNow",
                who(change.before()), who(change.after())));
    }

    private static String who(Optional<Member> member) {
        return member.map(m -> Messages.get("ui.mpList.change.member", m.displayName(), m.party()))
                .orElseGet(() -> Messages.get("ui.mpList.change.vacant"));
    }
}
