package snapfit.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import snapfit.model.Similarity;

/**
 * The body of {@code PUT /api/matches/pair/manual}: a person's similarity for a pair.
 *
 * @param similarityManual 0 to {@link Similarity#MAX}, lower is a better fit
 */
record ManualScore(@JsonProperty("similarity_manual") float similarityManual) {

    ManualScore {
        if (!(similarityManual >= 0 && similarityManual <= Similarity.MAX)) {
            throw new IllegalArgumentException("similarity_manual " + similarityManual + " is outside 0 to "
                    + Similarity.MAX);
        }
    }
}
