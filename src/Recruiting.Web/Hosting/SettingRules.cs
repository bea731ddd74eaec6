using System.Globalization;
using Microsoft.Extensions.Options;

namespace Recruiting.Web.Hosting;

/// <summary>
/// The checks of one settings section, for an options validator: each failure is one sentence naming the setting,
/// its value and what is allowed (the site refuses to start with it; see <see cref="StartupFailures"/>).
/// </summary>
public sealed class SettingRules(string section)
{
    private readonly List<string> _failures = [];

    public SettingRules Require(bool ok, string key, object? value, string allowed)
    {
        if (!ok) _failures.Add($"{section}:{key} is \"{Convert.ToString(value, CultureInfo.InvariantCulture)}\"; allowed: {allowed}.");
        return this;
    }

    public SettingRules Between(string key, double value, double min, double max, string unit) =>
        Require(value >= min && value <= max, key, value,
            string.Create(CultureInfo.InvariantCulture, $"from {min} to {max} {unit}"));

    /// <summary>Empty, or an absolute http:// or https:// address.</summary>
    public SettingRules HttpUrlOrEmpty(string key, string? value, string? placeholder = null)
    {
        var url = placeholder is null ? value : value?.Replace(placeholder, "x");
        return Require(string.IsNullOrEmpty(value) || Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
            key, value, "an absolute http:// or https:// address, or nothing");
    }

    public ValidateOptionsResult Result() => _failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_failures);
}
