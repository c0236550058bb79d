using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LfrGovernance.Tests.Browser.Infrastructure;

/// <summary>Checks a page with the axe accessibility engine, as the accessibility statement promises.</summary>
public static class AccessibilityAssert
{
    // The accessibility statement says no release is made while a serious or critical problem is found.
    private static readonly string[] BlockingImpacts = ["serious", "critical"];

    /// <summary>Runs axe on the page as it is now and fails, listing each one, if any violation is serious or critical.</summary>
    public static async Task NoSeriousOrCriticalViolationsAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        var blocking = result.Violations
            .Where(violation => BlockingImpacts.Contains(violation.Impact, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (blocking.Count == 0)
        {
            return;
        }

        var report = new StringBuilder()
            .Append("axe found ").Append(blocking.Count).Append(" serious or critical violation(s) on ").Append(page.Url).Append(':');
        foreach (var violation in blocking)
        {
            report.AppendLine()
                .Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help)
                .Append(" <").Append(violation.HelpUrl).Append('>');
            foreach (var node in violation.Nodes)
            {
                report.AppendLine().Append("    at ").Append(node.Target).Append(": ").Append(node.Html);
            }
        }
        Assert.Fail(report.ToString());
    }
}
