namespace ThuVien.Marc.Text;

/// <summary>What <see cref="VietnameseLegacy.Detect"/> concluded about some bytes.</summary>
/// <param name="Encoding"><see cref="MarcEncoding.Tcvn3"/>, <see cref="MarcEncoding.Vni"/>, or <see cref="MarcEncoding.Auto"/> when neither fits.</param>
/// <param name="Confidence">0 (no idea) to 1 (certain).</param>
public readonly record struct VietnameseLegacyDetection(MarcEncoding Encoding, double Confidence);
