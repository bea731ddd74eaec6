using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Recruiting.Core.Storage;

internal sealed class UtcDateTimeConverter() : ValueConverter<DateTimeOffset, DateTime>(
    v => v.UtcDateTime,
    v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));
