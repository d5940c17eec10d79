package snapfit.synth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import snapfit.model.PieceId;
import snapfit.model.PieceRecord;

/**
 * Pairs detected pieces with true pieces one to one by position: on the same sheet, box centres
 * closer than half the true piece's size, closest pairs first (greedy). Detected indices need not
 * equal true ones. Immutable once built.
 *
 * @param pairs    matched pieces, in truth order
 * @param missed   true pieces no detection was paired with
 * @param spurious detections paired with no true piece
 */
record PiecePairing(List<Pair> pairs, List<PieceId> missed, List<PieceId> spurious) {

    /** A true piece and the detection found for it. */
    record Pair(TruthPiece truth, PieceRecord detected) {
    }

    PiecePairing {
        pairs = List.copyOf(pairs);
        missed = List.copyOf(missed);
        spurious = List.copyOf(spurious);
    }

    static PiecePairing of(List<TruthPiece> truths, List<PieceRecord> detections) {
        List<Candidate> candidates = new ArrayList<>();
        for (int t = 0; t < truths.size(); t++) {
            TruthPiece truth = truths.get(t);
            for (int d = 0; d < detections.size(); d++) {
                PieceRecord detected = detections.get(d);
                if (!detected.pieceId().sheetId().equals(truth.pieceId().sheetId())) {
                    continue;
                }
                double distance = Math.hypot(detected.contourRegion().centerX() - truth.contourRegion().centerX(),
                        detected.contourRegion().centerY() - truth.contourRegion().centerY());
                if (distance < truth.pieceSize() / 2) {
                    candidates.add(new Candidate(t, d, distance));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::distance));
        Map<Integer, Integer> detectionOfTruth = new HashMap<>();
        Set<Integer> usedDetections = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (!detectionOfTruth.containsKey(candidate.truth()) && usedDetections.add(candidate.detection())) {
                detectionOfTruth.put(candidate.truth(), candidate.detection());
            }
        }
        List<Pair> pairs = new ArrayList<>();
        List<PieceId> missed = new ArrayList<>();
        for (int t = 0; t < truths.size(); t++) {
            Integer d = detectionOfTruth.get(t);
            if (d == null) {
                missed.add(truths.get(t).pieceId());
            } else {
                pairs.add(new Pair(truths.get(t), detections.get(d)));
            }
        }
        List<PieceId> spurious = new ArrayList<>();
        for (int d = 0; d < detections.size(); d++) {
            if (!usedDetections.contains(d)) {
                spurious.add(detections.get(d).pieceId());
            }
        }
        return new PiecePairing(pairs, missed, spurious);
    }

    private record Candidate(int truth, int detection, double distance) {
    }
}
