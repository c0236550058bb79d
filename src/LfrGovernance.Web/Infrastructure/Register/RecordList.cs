using System.Linq.Expressions;
using LfrGovernance.Core.Persistence;
using LfrGovernance.Core.Records;
using LfrGovernance.Web.Infrastructure.Exports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace LfrGovernance.Web.Infrastructure.Register;

/// <summary>How one list of records is searched and sorted: the columns it sorts by (the first is the default) and
/// the text fields a search looks in. <see cref="ToPageAsync{TRow}"/> runs it in SQL on the current register, and the
/// same expressions in memory on the register as it stood at a past instant.</summary>
/// <remarks>Search is provider-neutral (lower-cased text contains the lower-cased term), so it works the same on
/// SQLite today and PostgreSQL later, and on records in memory.</remarks>
public sealed class RecordList<TRecord>(RecordKind<TRecord> kind) where TRecord : RegisterRecord
{
    private readonly List<(string Key, Func<IQueryable<TRecord>, bool, IOrderedQueryable<TRecord>> Order, bool IdsFirst)> _sorts = [];
    private readonly List<Expression<Func<TRecord, string?>>> _searched = [];

    public RecordKind<TRecord> Kind { get; } = kind;

    /// <summary>Adds a column the list can be sorted by, under <paramref name="key"/> (what the query string says).</summary>
    /// <param name="idsFirst">For a sort no index follows (a figure, or one worked out from several columns): the
    /// database first finds the ids of the page's records, reading only an index that holds what the sort and the
    /// filters need, and then reads those records' rows, instead of reading every row to sort them. For a sort an
    /// index follows, leave it false: the database then reads the rows in order and stops after the page.</param>
    public RecordList<TRecord> SortBy<TKey>(string key, Expression<Func<TRecord, TKey>> by, bool idsFirst = false)
    {
        _sorts.Add((key, (records, descending) => descending ? records.OrderByDescending(by) : records.OrderBy(by), idsFirst));
        return this;
    }

    /// <summary>Adds the text fields a search looks in.</summary>
    public RecordList<TRecord> Search(params Expression<Func<TRecord, string?>>[] fields)
    {
        _searched.AddRange(fields);
        return this;
    }

    /// <summary>The sort the query asks for if the list has it, else the first column.</summary>
    public string SortKey(ListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _sorts.Any(s => string.Equals(s.Key, query.Sort, StringComparison.OrdinalIgnoreCase))
            ? _sorts.First(s => string.Equals(s.Key, query.Sort, StringComparison.OrdinalIgnoreCase)).Key
            : _sorts.Count > 0 ? _sorts[0].Key : throw new InvalidOperationException("A list needs at least one sort column.");
    }

    /// <summary>Filters (retired, search), counts, sorts and pages <paramref name="records"/>, then projects the page's
    /// rows: all in SQL for a database query, in memory for records rebuilt from history.</summary>
    public Task<ListPage<TRow>> ToPageAsync<TRow>(IQueryable<TRecord> records, ListQuery query, Expression<Func<TRecord, TRow>> row,
        CancellationToken cancellationToken) =>
        ToPageAsync(records, searched: false, query, row, cancellationToken);

    /// <inheritdoc cref="ToPageAsync{TRow}(IQueryable{TRecord}, ListQuery, Expression{Func{TRecord, TRow}}, CancellationToken)"/>
    /// <param name="searched">True when <paramref name="records"/> are already those the search finds (from the
    /// database's text index, <see cref="IRecordTextSearch"/>): the list then does not search them again.</param>
    public async Task<ListPage<TRow>> ToPageAsync<TRow>(IQueryable<TRecord> records, bool searched, ListQuery query,
        Expression<Func<TRecord, TRow>> row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(query);
        var inDatabase = records.Provider is IAsyncQueryProvider;
        records = Filter(records, searched, query);
        var total = inDatabase ? await records.CountAsync(cancellationToken) : records.Count();
        var pager = Pager.For(query.Page, total);
        var key = SortKey(query);
        var sort = _sorts.First(s => s.Key == key);
        var pageRecords = InOrder(records, sort.Order, query.Descending).Skip(pager.Skip).Take(pager.Size);
        if (inDatabase && sort.IdsFirst)
        {
            // The rows are read by id from the records the query started from, not through its filters again: the
            // database then looks up the page's rows by key rather than walking a filter's index to find them.
            var ids = pageRecords.Select(r => r.Id);
            pageRecords = InOrder(Root(records).Where(r => ids.Contains(r.Id)), sort.Order, query.Descending);
        }
        var page = pageRecords.Select(row);
        var rows = inDatabase ? await page.ToListAsync(cancellationToken) : page.ToList();
        return new ListPage<TRow>(rows, new RecordListView(Kind, Kind.BasePath, query.Q?.Trim(), query.ShowRetired, key, query.Descending, pager));
    }

    /// <summary>Every row the list shows on all its pages (retired records on request, the search, the sort), for an
    /// export: how many, and the rows read one at a time as the file is written.</summary>
    public async Task<ExportSelection<TRow>> ExportAsync<TRow>(IQueryable<TRecord> records, bool searched, ListQuery query,
        Expression<Func<TRecord, TRow>> row, ExportSheet<TRow> sheet, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(query);
        records = Filter(records, searched, query);
        var total = records.Provider is IAsyncQueryProvider ? await records.CountAsync(cancellationToken) : records.Count();
        var key = SortKey(query);
        var sort = _sorts.First(s => s.Key == key);
        return new ExportSelection<TRow>(sheet, total, ListExport.Stream(InOrder(records, sort.Order, query.Descending).Select(row)));
    }

    /// <inheritdoc cref="ExportAsync{TRow}(IQueryable{TRecord}, bool, ListQuery, Expression{Func{TRecord, TRow}}, ExportSheet{TRow}, CancellationToken)"/>
    public Task<ExportSelection<TRecord>> ExportAsync(IQueryable<TRecord> records, bool searched, ListQuery query, ExportSheet<TRecord> sheet,
        CancellationToken cancellationToken) =>
        ExportAsync(records, searched, query, r => r, sheet, cancellationToken);

    /// <summary>Current records only unless retired ones are asked for, and the search unless it is done already.</summary>
    private IQueryable<TRecord> Filter(IQueryable<TRecord> records, bool searched, ListQuery query)
    {
        if (!query.ShowRetired)
        {
            records = records.Where(r => r.RetiredAt == null);
        }
        if (!searched && query.Term is { } term && _searched.Count > 0)
        {
            records = records.Where(Matches(term));
        }
        return records;
    }

    /// <summary>The records in the sort's order; the id breaks ties, so that a row never appears on two pages, in the
    /// sort's direction, so that an index on (column, id) serves the whole order and the database reads only the
    /// page it shows.</summary>
    private static IOrderedQueryable<TRecord> InOrder(IQueryable<TRecord> records, Func<IQueryable<TRecord>, bool, IOrderedQueryable<TRecord>> order,
        bool descending)
    {
        var ordered = order(records, descending);
        return descending ? ordered.ThenByDescending(r => r.Id) : ordered.ThenBy(r => r.Id);
    }

    /// <summary>The query <paramref name="records"/> was built on (a table, or a database's text search), without the
    /// filters, sorts and projections applied to it since.</summary>
    private static IQueryable<TRecord> Root(IQueryable<TRecord> records)
    {
        var expression = records.Expression;
        while (expression is MethodCallExpression { Arguments.Count: > 0 } call && call.Arguments[0].Type.IsAssignableTo(typeof(IQueryable<TRecord>)))
        {
            expression = call.Arguments[0];
        }
        return records.Provider.CreateQuery<TRecord>(expression);
    }

    /// <summary>r =&gt; (r.A != null &amp;&amp; r.A.ToLower().Contains(term)) || ... over every searched field.</summary>
    private Expression<Func<TRecord, bool>> Matches(string term)
    {
        var record = Expression.Parameter(typeof(TRecord), "r");
        // A captured value, not a constant, so that EF sends the term as a parameter.
        var value = Expression.Property(Expression.Constant(new SearchTerm(term)), nameof(SearchTerm.Value));
        var toLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression? any = null;
        foreach (var field in _searched)
        {
            var text = new ParameterSwap(field.Parameters[0], record).Visit(field.Body);
            var match = Expression.AndAlso(
                Expression.NotEqual(text, Expression.Constant(null, typeof(string))),
                Expression.Call(Expression.Call(text, toLower), contains, value));
            any = any is null ? match : Expression.OrElse(any, match);
        }
        return Expression.Lambda<Func<TRecord, bool>>(any!, record);
    }

    private sealed record SearchTerm(string Value);

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>One page of a list: its rows, and what the shared list partials need to draw it.</summary>
public sealed record ListPage<TRow>(IReadOnlyList<TRow> Rows, RecordListView State);

/// <summary>The state of a list as its page shows it: the search, the sort and the page, for the filter box, the
/// sortable headers, the count line and the pagination (<c>Features/Shared/_List*.cshtml</c>).</summary>
/// <param name="Search">The search as the user typed it (trimmed), or null.</param>
public sealed record RecordListView(RecordKind Kind, string Path, string? Search, bool ShowRetired, string Sort, bool Descending, Pager Pager);
