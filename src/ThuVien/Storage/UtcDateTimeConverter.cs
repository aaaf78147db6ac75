using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ThuVien.Storage;

/// <summary>Stores DateTime as UTC and reads it back with DateTimeKind.Utc.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
