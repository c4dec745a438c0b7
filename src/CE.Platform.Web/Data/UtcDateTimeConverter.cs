using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CE.Platform.Web.Data;

/// <summary>SQLite stores no time zone; every DateTime the app writes is UTC, so mark it UTC on the way back.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value, value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
