package org.dearmp.batch.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dearmp.history.Outcome;
import org.dearmp.i18n.Messages;

/**
 * The hex map of a campaign's replies: each seat the batch wrote to in the colour of the best reply its
 * letters got. The colours are Okabe and Ito's, told apart by readers with any common colour blindness;
 * seats written to with nothing recorded yet are a mid grey, seats not written to the map's pale grey.
 */
public final class ResponseMap {
    static final Color NO_OUTCOME_YET = new Color(0x99, 0x99, 0x99);
    private static final Map<Outcome, Color> COLOURS = Map.of(
            Outcome.ANSWERED, new Color(0x00, 0x9E, 0x73),
            Outcome.NOT_ANSWERED, new Color(0xD5, 0x5E, 0x00),
            Outcome.ACKNOWLEDGED, new Color(0xE6, 0x9F, 0x00),
            Outcome.NOT_EXPECTED, new Color(0x56, 0xB4, 0xE9),
            Outcome.NONE, new Color(0xCC, 0x79, 0xA7));

    private ResponseMap() {
    }

    public static Color colour(Outcome outcome) {
        return COLOURS.get(outcome);
    }

    /**
     * @param written the seats (codes) the batch wrote to
     * @param best    the best outcome of each seat that has one recorded
     */
    public static byte[] renderPng(HexMap map, Collection<String> written, Map<String, Outcome> best, String title) {
        return HexMap.png(HexMapPainter.paint(picture(map, written, best, title)));
    }

    static HexMapPicture picture(HexMap map, Collection<String> written, Map<String, Outcome> best, String title) {
        Set<String> seats = new java.util.HashSet<>(written);
        seats.retainAll(map.codes());
        List<HexMap.Shade> legend = new ArrayList<>();
        legend.add(new HexMap.Shade(LetterShades.NONE, Messages.get("batch.map.legendNone"),
                map.size() - seats.size()));
        for (Outcome o : Outcome.values()) {
            int n = (int) best.entrySet().stream().filter(e -> seats.contains(e.getKey()) && e.getValue() == o).count();
            legend.add(new HexMap.Shade(colour(o), Messages.get(o.messageKey()), n));
        }
        int waiting = (int) seats.stream().filter(c -> !best.containsKey(c)).count();
        legend.add(new HexMap.Shade(NO_OUTCOME_YET, Messages.get("batch.responses.noOutcome"), waiting));
        int replied = (int) best.entrySet().stream().filter(e -> seats.contains(e.getKey()) && e.getValue().isReply())
                .count();
        return map.layout(code -> !seats.contains(code) ? LetterShades.NONE
                        : best.containsKey(code) ? colour(best.get(code)) : NO_OUTCOME_YET,
                Map.of(), title, Messages.get("batch.responses.mapSubtitle", replied, seats.size()),
                Messages.get("batch.responses.mapLegend"), legend);
    }
}
