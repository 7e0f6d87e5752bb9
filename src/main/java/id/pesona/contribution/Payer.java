package id.pesona.contribution;

import id.pesona.shared.RegionCode;

/** Who pays: a village government (APBDes), the regency for a kelurahan (APBD), the province or another funder. */
public record Payer(long id, String code, String name, String fundingSource, RegionCode region, String bpjsGroup) {}
