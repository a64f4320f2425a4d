package org.dearmp.cli;

import java.io.PrintWriter;
import java.util.Optional;
import org.dearmp.i18n.Messages;
import org.dearmp.lookup.LookupResult;
import org.dearmp.lookup.LookupService;
import org.dearmp.lookup.SeatCheck;
import org.dearmp.parliament.Constituency;
import picocli.CommandLine.Option;

/**
 * {@code dear-mp letter --address-postcode}: the postcode of the writer's own address, when it is not the one
 * that finds the MP (writing from work, or to the MP of a place one cares for). The letter step's check, the
 * same {@link SeatCheck}: when the address is surely in another seat than the MP's, a warning on standard error
 * says so, and the letter says where the writer lives, as the app's letter does when the writer keeps the MP.
 * It never stops the letter.
 */
final class AddressPostcodeOption {

    @Option(names = "--address-postcode", paramLabel = "POSTCODE",
            description = "Your address's postcode, if not the --postcode one.")
    String addressPostcode;

    /** The postcode on the letter: the address's, in its proper form when the data knows it, else {@code found}'s. */
    String senderPostcode(LookupService lookup, String found) {
        if (addressPostcode == null || addressPostcode.isBlank()) {
            return found;
        }
        LookupResult address = lookup.lookup(addressPostcode);
        if (address instanceof LookupResult.Found home) {
            return home.postcode().toString();
        }
        return address instanceof LookupResult.Choose choose ? choose.postcode().toString() : addressPostcode;
    }

    /**
     * Warns on {@code err} when the address postcode is surely in another seat than {@code letterSeat}; returns
     * that seat, for the letter to name as the writer's home, or null.
     */
    Constituency warnIfElsewhere(LookupService lookup, Constituency letterSeat, PrintWriter err) {
        if (addressPostcode == null || addressPostcode.isBlank()) {
            return null;
        }
        Optional<SeatCheck.Mismatch> elsewhere = SeatCheck.check(lookup.lookup(addressPostcode), letterSeat);
        elsewhere.ifPresent(m -> err.println(Messages.get("cli.letter.otherSeat", m.postcode(), m.home().name(),
                m.letterSeat().name())));
        return elsewhere.map(SeatCheck.Mismatch::home).orElse(null);
    }
}
