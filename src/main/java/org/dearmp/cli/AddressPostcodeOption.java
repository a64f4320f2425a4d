package org.dearmp.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.LookupResult;
import org.dearmp.lookup.LookupService;
import org.dearmp.lookup.SeatCheck;
import org.dearmp.parliament.Constituency;
import org.dearmp.parliament.Regions;
import org.dearmp.postcode.ParsedPostcode;
import org.dearmp.postcode.PostcodeParser;
import picocli.CommandLine.Option;

/**
 * {@code dear-mp letter --address-postcode}: the postcode of the writer's own address, when it is not the one
 * that finds the MP (writing from work, or to the MP of a place one cares for). The letter step's check, the
 * same {@link SeatCheck}: when the address is surely in another seat than the MP's, a warning on standard error
 * says so, and the letter says where the writer lives, as the app's letter does when the writer keeps the MP.
 * It never stops the letter.
 */
final class AddressPostcodeOption {
    /** The data's name for it, as Regions names it in the interface's language. */
    private static final String NORTHERN_IRELAND = "Northern Ireland";

    @Option(names = "--address-postcode", paramLabel = "POSTCODE",
            parameterConsumer = LetterCommand.PostcodeParts.class)
    String addressPostcode;

    /** Why the address postcode cannot go in the letter (it is no postcode), or empty when it can. */
    Optional<String> problem() {
        if (addressPostcode != null && !addressPostcode.isBlank()
                && PostcodeParser.parse(addressPostcode) instanceof ParsedPostcode.Invalid invalid) {
            return Optional.of(Messages.get("cli.letter.badAddressPostcode", invalid.message()));
        }
        return Optional.empty();
    }

    /** The postcode on the letter: the address's, in its proper form, when given; else {@code found}. */
    String senderPostcode(String found) {
        if (addressPostcode == null || addressPostcode.isBlank()) {
            return found;
        }
        return PostcodeParser.parse(addressPostcode) instanceof ParsedPostcode.Valid valid
                ? valid.postcode().toString() : addressPostcode;
    }

    /**
     * Warns on {@code err} when the address postcode is surely in another seat than {@code letterSeat}; returns
     * that seat, for the letter to name as the writer's home, or null.
     */
    Constituency warnIfElsewhere(LookupService lookup, Constituency letterSeat, PrintWriter err) {
        if (addressPostcode == null || addressPostcode.isBlank()) {
            return null;
        }
        LookupResult address = lookup.lookup(addressPostcode);
        Optional<SeatCheck.Mismatch> elsewhere = SeatCheck.check(address, letterSeat);
        elsewhere.ifPresent(m -> err.println(Messages.get("cli.letter.otherSeat", m.postcode(), m.home().name(),
                m.letterSeat().name())));
        outsideGreatBritain(address, letterSeat).ifPresent(err::println);
        return elsewhere.map(SeatCheck.Mismatch::home).orElse(null);
    }

    /**
     * An address in Northern Ireland (whose seats the data places only roughly, so SeatCheck never names one) or in
     * a Crown dependency is surely not in a Great Britain seat: the warning says where it is instead.
     */
    private static Optional<String> outsideGreatBritain(LookupResult address, Constituency letterSeat) {
        if (address instanceof LookupResult.Choose choose && choose.reason() == LookupResult.ChooseReason.NORTHERN_IRELAND
                && !letterSeat.isNorthernIreland()) {
            return Optional.of(Messages.get("cli.letter.outsideSeat", choose.postcode(),
                    Regions.name(NORTHERN_IRELAND), letterSeat.name()));
        }
        // A forces address (BFPO) keeps its home MP: only a Crown dependency or an overseas territory is elsewhere.
        if (address instanceof LookupResult.NotRepresented elsewhere
                && !(PostcodeParser.parse(elsewhere.input()) instanceof ParsedPostcode.Valid valid
                        && valid.kind() == org.dearmp.postcode.PostcodeKind.BFPO)) {
            return Optional.of(Messages.get("cli.letter.outsideSeat", elsewhere.postcode(), elsewhere.territory(),
                    letterSeat.name()));
        }
        return Optional.empty();
    }
}
