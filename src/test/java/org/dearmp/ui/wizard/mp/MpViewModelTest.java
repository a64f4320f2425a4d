package org.dearmp.ui.wizard.mp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleObjectProperty;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Parliament;
import org.dearmp.testsupport.DataTest;
import org.dearmp.testsupport.FakeServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DataTest
class MpViewModelTest {
    @TempDir
    Path home;
    private Parliament parliament;
    private final SimpleObjectProperty<Constituency> seat = new SimpleObjectProperty<>();

    @BeforeEach
    void setUp() {
        parliament = FakeServices.parliament(home);
    }

    private MpViewModel at(LocalDate today) {
        return new MpViewModel(parliament, seat, Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC));
    }

    private void show(String code) {
        seat.set(parliament.constituency(code).orElseThrow());
    }

    @Test
    void showsTheMpsCard() {
        MpViewModel vm = at(parliament.dataAsOf().plusDays(10));
        show("E14001172");
        assertThat(vm.nameProperty().get()).isEqualTo("Rachel Blake");
        assertThat(vm.partyProperty().get()).startsWith("Labour");
        assertThat(vm.constituencyNameProperty().get()).isEqualTo("Cities of London and Westminster");
        assertThat(vm.emailProperty().get()).isEqualTo("rachel.blake.mp@parliament.uk");
        assertThat(vm.dataSourceProperty().get()).contains("27 June 2026");
        assertThat(vm.notes()).isEmpty();
        assertThat(vm.completeProperty().get()).isTrue();
    }

    @Test
    void aWelshSeatShowsItsWelshName() {
        MpViewModel vm = at(parliament.dataAsOf());
        Constituency welsh = parliament.constituencies().stream().filter(c -> c.welsh().isPresent()
                && !c.welshName().equals(c.name())).findFirst().orElseThrow();
        seat.set(welsh);
        assertThat(vm.constituencyNameProperty().get()).contains(welsh.name(), welsh.welshName());
    }

    @Test
    void theSpeakerAndAbstentionistsAndMissingEmailsAreExplained() {
        MpViewModel vm = at(parliament.dataAsOf());
        show("E14001170");
        assertThat(String.join(" ", vm.notes())).contains("Speaker");
        show("N05000002");
        assertThat(String.join(" ", vm.notes())).contains("Sinn Féin");
        show("N05000018");
        assertThat(vm.emailProperty().get()).contains("No email");
        assertThat(vm.notes()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void oldDataIsFlagged() {
        MpViewModel vm = at(parliament.dataAsOf().plusMonths(7));
        show("E14001172");
        assertThat(vm.notes()).anyMatch(n -> n.contains("six months"));
    }

    @Test
    void theOldListNoticeComesTheDayAfterSixMonthsAndSaysHowToUpdate() {
        MpViewModel sixMonths = at(parliament.dataAsOf().plusMonths(Parliament.MONTHS_BEFORE_OUT_OF_DATE));
        show("E14001172");
        assertThat(sixMonths.notes()).isEmpty();

        MpViewModel dayAfter = at(parliament.dataAsOf().plusMonths(Parliament.MONTHS_BEFORE_OUT_OF_DATE)
                .plusDays(1));
        seat.set(null);
        show("E14001172");
        assertThat(dayAfter.notes()).singleElement().asString()
                .startsWith("The MP list is from 27 June 2026, more than six months ago.")
                .contains("File > Update MP list\u2026")
                .doesNotContain("dear-mp mps import");
    }

    @Test
    void aNewerListInUseShowsItsMpAndDateOnRefresh() throws java.io.IOException {
        java.nio.file.Path newer = org.dearmp.testsupport.RealMps.extractWithTwoChanges(home,
                LocalDate.of(2026, 11, 1));
        Parliament updated = new org.dearmp.parliament.ParliamentRepository(new org.dearmp.store.AppDataFolder(
                home.resolve("data"))).importDfeExtract(newer, java.util.Optional.empty(), LocalDate.of(2026, 11, 2))
                .parliament();
        org.dearmp.ui.services.LiveMpList live = new org.dearmp.ui.services.LiveMpList(parliament, input -> null);
        MpViewModel vm = new MpViewModel(live, seat, Clock.fixed(LocalDate.of(2026, 11, 27).atStartOfDay()
                .toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        show("E14001172");
        assertThat(vm.nameProperty().get()).isEqualTo("Rachel Blake");

        live.use(updated, input -> null);
        vm.refresh();

        assertThat(vm.nameProperty().get()).isEqualTo("No MP at present (vacant seat)");
        assertThat(vm.dataSourceProperty().get()).contains("1 November 2026");
        assertThat(vm.notes()).anyMatch(n -> n.contains("vacant"));
    }

    @Test
    void noSeatNoCard() {
        MpViewModel vm = at(parliament.dataAsOf());
        show("E14001172");
        seat.set(null);
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.completeProperty().get()).isFalse();
    }
}
