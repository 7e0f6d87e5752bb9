package id.pesona.participant;

/** BPU: pekerja rentan (bukan penerima upah); PU: perangkat desa (penerima upah, the village as employer). */
public enum Segment {
    BPU,
    PU;

    public String messageKey() {
        return "segment." + name();
    }
}
