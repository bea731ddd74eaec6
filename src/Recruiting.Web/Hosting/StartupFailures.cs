using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Recruiting.Core.Storage;

namespace Recruiting.Web.Hosting;

/// <summary>
/// Turns the failures an operator can fix (a bad setting, a data folder or database that cannot be used, a failed
/// migration) into one line on standard error and exit code 1, instead of an unhandled exception with its stack
/// trace. Anything else is a bug and keeps its stack trace.
/// </summary>
public static partial class StartupFailures
{
    public const int ExitCode = 1;

    public static async Task<int> ReportAsync(Func<Task<int>> run, TextWriter? error = null, string lead = "The site cannot start: ")
    {
        try
        {
            return await run();
        }
        catch (Exception e) when (Explain(e) is { } line)
        {
            (error ?? Console.Error).WriteLine(lead + line);
            return ExitCode;
        }
    }

    /// <summary>One line for a failure the operator can fix; null for anything else.</summary>
    public static string? Explain(Exception e) => e switch
    {
        StartupFailure failure => failure.Message,
        SchemaMigrationException migration => $"{migration.Message}: restore the database from a backup or repair what the message names (ConnectionStrings:Default names the database).",
        OptionsValidationException invalid => string.Join(" ", invalid.Failures),
        InvalidOperationException { InnerException: not null } binding when Unconvertible(binding) is { } line => line,
        // ValidateOnStart reports every invalid section at once.
        AggregateException all when all.InnerExceptions.Select(Explain).ToList() is var lines && lines.All(l => l is not null) => string.Join(" ", lines),
        _ => null,
    };

    /// <summary>The configuration binder's "Failed to convert configuration value ('x') at 'A:B' to type 'T'", said with what is allowed.</summary>
    private static string? Unconvertible(InvalidOperationException e)
    {
        var match = BinderFailure().Match(e.Message);
        if (!match.Success) return null;
        // ConfigurationBinder.GetValue leaves the value out of its message; the converter's own message has it.
        var given = match.Groups["value"].Success ? match.Groups["value"].Value
            : e.InnerException is { } inner && ConverterFailure().Match(inner.Message) is { Success: true } converter ? converter.Groups["value"].Value : null;
        var value = given is null ? "" : $" \"{given}\"";
        var allowed = match.Groups["type"].Value switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Double" or "System.Decimal" or "System.Single" => "a number, such as 30 or 2.5",
            "System.Boolean" => "true or false",
            "System.TimeSpan" => "a duration such as 00:00:30",
            "System.Uri" => "an absolute URL",
            var type => "a value of type " + type,
        };
        return $"the setting {match.Groups["path"].Value} has the value{value}, which is not {allowed}.";
    }

    [GeneratedRegex("^(?<value>.*) is not a valid value for ")]
    private static partial Regex ConverterFailure();

    [GeneratedRegex("Failed to convert configuration value (?:'(?<value>.*)' )?at '(?<path>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex BinderFailure();
}
