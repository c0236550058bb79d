using System.Globalization;
using System.Text.RegularExpressions;

namespace LfrGovernance.Core.Foi;

/// <summary>A numbered question read from a request's text.</summary>
public sealed record NumberedQuestion(string Number, string Text);

/// <summary>The questions read from a request's text, or why they could not be.</summary>
public sealed record NumberedQuestions(IReadOnlyList<NumberedQuestion> Questions, IReadOnlyList<string> Problems);

/// <summary>Reads the numbered questions of a request as a requester writes them: one per line, "1." or "1)" for a
/// question, "1a.", "a." or "(a)" for its sub-questions; a line without a number continues the question above it.</summary>
public static partial class FoiQuestionText
{
    [GeneratedRegex(@"^\s*(?<number>\d{1,3})(?<letter>[a-z])?\s*[\.\):]?\s+(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"^\s*\(?(?<letter>[a-z])[\.\)]\s+(?<text>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Lettered();

    public static NumberedQuestions Parse(string? text)
    {
        var questions = new List<(string Number, List<string> Lines)>();
        var problems = new List<string>();
        string? main = null;
        var lineNumber = 0;
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r').Trim();
            if (line.Length == 0)
            {
                continue;
            }
            string? number = null;
            string body = line;
            if (Numbered().Match(line) is { Success: true } numbered)
            {
                main = int.Parse(numbered.Groups["number"].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                number = main + numbered.Groups["letter"].Value.ToLowerInvariant();
                body = numbered.Groups["text"].Value.Trim();
            }
            else if (Lettered().Match(line) is { Success: true } lettered)
            {
                if (main is null)
                {
                    problems.Add($"Line {lineNumber}: a sub-question (\u201c{lettered.Groups["letter"].Value}\u201d) comes before any numbered question");
                    continue;
                }
                number = main + lettered.Groups["letter"].Value.ToLowerInvariant();
                body = lettered.Groups["text"].Value.Trim();
            }
            if (number is null)
            {
                if (questions.Count == 0)
                {
                    problems.Add($"Line {lineNumber}: start the first question with its number, for example \u201c1. Has the force...\u201d");
                    continue;
                }
                questions[^1].Lines.Add(line);
                continue;
            }
            if (questions.Any(q => q.Number == number))
            {
                problems.Add($"Line {lineNumber}: question {number} appears twice");
                continue;
            }
            questions.Add((number, [body]));
        }
        if (questions.Count == 0 && problems.Count == 0)
        {
            problems.Add("Enter the request's questions, one per line, each starting with its number");
        }
        return new NumberedQuestions([.. questions.Select(q => new NumberedQuestion(q.Number, string.Join(" ", q.Lines)))], problems);
    }
}
