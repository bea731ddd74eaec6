using Recruiting.Testing;

namespace Recruiting.Browser.Tests;

/// <summary>
/// A browser test: it needs Debian's Chromium at <see cref="BrowserSite.ChromiumPath"/>. Outside CI a missing
/// browser skips it; in CI (CI=true) it runs, and fails if the browser is missing.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!BrowserSite.CanRun)
            Skip = $"No Chromium at {BrowserSite.ChromiumPath} (install it as .ci/run does: apt-get install chromium).";
    }
}

/// <summary>A browser test with data rows, skipped and run as <see cref="ChromiumFactAttribute"/> is.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!BrowserSite.CanRun)
            Skip = $"No Chromium at {BrowserSite.ChromiumPath} (install it as .ci/run does: apt-get install chromium).";
    }
}
