namespace ThuVien.Circulation.Calendar;

/// <summary>Why a calendar setting cannot be used, naming the field as a form or problem details would
/// (<c>OpeningHours[2].Closes</c>).</summary>
internal sealed record SettingsProblem(string Field, string Message);
