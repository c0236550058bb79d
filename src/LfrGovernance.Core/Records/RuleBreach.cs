namespace LfrGovernance.Core.Records;

/// <summary>A domain rule a record breaks: the field at fault (a property name of the record, or empty for the record
/// as a whole) and the message for the user.</summary>
public sealed record RuleBreach(string Field, string Message);
