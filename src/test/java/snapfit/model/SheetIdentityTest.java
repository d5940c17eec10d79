package snapfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SheetIdentityTest {

    @Test
    void payload_boardOfASet_isUpstreamsCommaSeparatedFormAndParsesBack() {
        SheetIdentity identity = BoardSet.forPieces("box-a", 12, BoardBackground.BLUE, 22.5, LocalDate.of(2026, 12, 6))
                .identity(3);

        assertThat(identity.payload()).isEqualTo("box-a,3,12,gridboard_5x7_slots_3x4_22.5mm,20261206");
        assertThat(SheetIdentity.ofPayload(identity.payload())).isEqualTo(identity);
        assertThat(identity.sheetId()).isEqualTo("box-a_03");
        assertThat(identity.printedAt()).isEqualTo("2026-12-06");
    }

    @Test
    void unitsPerMmOf_configIdOfTheQrCode_givesTheBoardsScale() {
        BoardSet set = BoardSet.forPieces("box", 1, BoardBackground.GREEN, 22.5, LocalDate.of(2026, 12, 6));

        assertThat(BoardSet.unitsPerMmOf(set.boardConfigId())).hasValueCloseTo(set.unitsPerMm(), offset(1e-12));
        assertThat(BoardSet.unitsPerMmOf("someone_elses_board")).isEmpty();
    }

    @Test
    void ofPayload_fourFields_namesTheExpectedForm() {
        assertThatThrownBy(() -> SheetIdentity.ofPayload("box,3,12,20261206"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'box,3,12,20261206' is not tag,sheet_index,total_sheets,board_config_id,yyyymmdd");
    }

    @Test
    void ofPayload_indexBeyondTheSet_isRefused() {
        assertThatThrownBy(() -> SheetIdentity.ofPayload("box,12,12,cfg,20261206"))
                .hasMessageContaining("sheet index 12 must be 0 to total_sheets - 1 (11)");
    }
}
