package id.pesona.region;

import id.pesona.shared.CurrentUser;
import id.pesona.shared.RegionCode;
import id.pesona.shared.RegionScope;
import id.pesona.shared.TenantProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Regions through the REST API, with the same scoping as the pages. */
@RestController
@RequestMapping("/api/v1/regions")
@Tag(name = "Wilayah", description = "Kode wilayah Kemendagri: kabupaten, kecamatan, desa dan kelurahan")
class RegionApi {

    record RegionDto(String code, String name, String level, String parent, String decree) {
        static RegionDto of(Region r) {
            return new RegionDto(
                    r.dotted(),
                    r.name(),
                    r.level().name(),
                    r.parent() == null ? null : r.parent().dotted(),
                    r.decree());
        }
    }

    record ChildDto(String code, String name, String level, long kecamatan, long desa, long kelurahan) {
        static ChildDto of(RegionSummary s) {
            return new ChildDto(s.dotted(), s.name(), s.level().name(), s.kecamatan(), s.desa(), s.kelurahan());
        }
    }

    record RegionDetail(RegionDto region, List<ChildDto> children) {}

    record NewVillage(String code, String name, String decree) {}

    record Rename(String name, String decree) {}

    private final Regions regions;
    private final RegionChanges changes;
    private final TenantProperties tenant;

    RegionApi(Regions regions, RegionChanges changes, TenantProperties tenant) {
        this.regions = regions;
        this.changes = changes;
        this.tenant = tenant;
    }

    @GetMapping
    @Operation(summary = "Wilayah induk (kabupaten tenant) dengan kecamatan di bawahnya, sesuai cakupan")
    RegionDetail root() {
        return detail(tenant.root().dotted());
    }

    @GetMapping("/{code}")
    @Operation(summary = "Satu wilayah dengan wilayah di bawahnya dan jumlah kecamatan/desa/kelurahan")
    RegionDetail detail(@PathVariable String code) {
        RegionCode c = RegionAccess.navigable(code);
        RegionScope scope = CurrentUser.scope();
        return new RegionDetail(
                RegionDto.of(regions.get(c)),
                regions.children(c, scope).stream().map(ChildDto::of).toList());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Tambah desa/kelurahan baru (dibentuk dengan keputusan), hanya ADMIN")
    ResponseEntity<RegionDto> add(@RequestBody NewVillage body) {
        Region r = changes.addVillage(body.code(), body.name(), body.decree());
        return ResponseEntity.created(URI.create("/api/v1/regions/" + r.dotted()))
                .body(RegionDto.of(r));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Ubah nama wilayah dengan dasar hukumnya, hanya ADMIN")
    RegionDto rename(@PathVariable String code, @RequestBody Rename body) {
        return RegionDto.of(changes.rename(RegionAccess.inScope(code), body.name(), body.decree()));
    }
}
