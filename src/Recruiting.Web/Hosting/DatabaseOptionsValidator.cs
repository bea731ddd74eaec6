using Microsoft.Extensions.Options;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Hosting;

/// <summary>What the `Database` settings allow; checked when the site starts, before the database is opened.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions database) =>
        new SettingRules(DatabaseOptions.Section)
            .Require(database.IsSqlite || database.IsPostgres, nameof(database.Provider), database.Provider,
                $"{DatabaseOptions.Sqlite} or {DatabaseOptions.Postgres}")
            .Between(nameof(database.StartupWaitSeconds), database.StartupWaitSeconds, 0, 3600, "seconds")
            .Result();
}
