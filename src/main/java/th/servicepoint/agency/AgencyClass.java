package th.servicepoint.agency;

/**
 * The kind of local administrative organization; peers are agencies of the same class. อบจ., ทน., ทม., ทต., อบต.
 */
public enum AgencyClass {
    /** องค์การบริหารส่วนจังหวัด (อบจ.) */
    PAO,
    /** เทศบาลนคร (ทน.) */
    CITY,
    /** เทศบาลเมือง (ทม.) */
    TOWN,
    /** เทศบาลตำบล (ทต.) */
    SUBDISTRICT_MUNICIPALITY,
    /** องค์การบริหารส่วนตำบล (อบต.) */
    SAO,
    /** another kind (เมืองพัทยา, a district office …) */
    OTHER
}
