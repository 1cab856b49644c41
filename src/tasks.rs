//! A task table for analysts (督查): who must do what by when, one row per item that carries a
//! responsibility or a deadline. A view over the [`Notice`] model; it adds no parsing.

use serde::{Deserialize, Serialize};

use crate::model::{Date, DeadlineKind, Notice, Role, Section};

/// One row of the task table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct TaskRow {
    /// The notice's document number (normalised).
    pub doc_number: Option<String>,
    /// The notice's written date.
    pub written_date: Option<Date>,
    /// Where the item is: `body`, or `enclosures[i]` (zero-based, as in the JSON).
    pub block: String,
    /// The item's path, e.g. `一/(八)`.
    pub path: String,
    /// The item's heading.
    pub heading: Option<String>,
    /// Departments that lead.
    pub lead: Vec<String>,
    /// Departments responsible.
    pub responsible: Vec<String>,
    /// Departments cooperating.
    pub cooperating: Vec<String>,
    /// The item's deadlines.
    pub deadlines: Vec<TaskDeadline>,
}

/// A deadline as the task table shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[non_exhaustive]
pub struct TaskDeadline {
    /// by, from or until.
    pub kind: DeadlineKind,
    /// The resolved date.
    pub date: Option<Date>,
    /// `HH:MM`, when written.
    pub time: Option<String>,
    /// The phrase as written.
    pub text: String,
    /// The clause it governs.
    pub clause: String,
}

impl TaskRow {
    fn of(notice: &Notice, block: String, s: &Section) -> Option<TaskRow> {
        if s.responsibility.is_none() && s.deadlines.is_empty() {
            return None;
        }
        let names = |role: Role| -> Vec<String> {
            s.responsibility
                .iter()
                .flat_map(|r| &r.departments)
                .filter(|d| d.role == role)
                .map(|d| d.name.clone())
                .collect()
        };
        Some(TaskRow {
            doc_number: notice.doc_number.as_ref().map(|d| d.normalized.clone()),
            written_date: notice.written_date,
            block,
            path: s.path.clone(),
            heading: s.heading.clone(),
            lead: names(Role::Lead),
            responsible: names(Role::Responsible),
            cooperating: names(Role::Cooperating),
            deadlines: s
                .deadlines
                .iter()
                .map(|d| TaskDeadline {
                    kind: d.kind,
                    date: d.date,
                    time: d.time.clone(),
                    text: d.text.clone(),
                    clause: d.clause.clone(),
                })
                .collect(),
        })
    }
}

impl Notice {
    /// One row per item that carries a responsibility or a deadline, in document order.
    ///
    /// ```
    /// let text = "关于做好某项工作的通知\n粤办函〔2021〕55号\n各地级以上市人民政府:\n\
    ///             (一)加强统筹。6月底前出台方案。(省发展改革委牵头,各地级以上市配合)\n\
    ///             省政府办公厅\n2021年4月16日";
    /// let notice = gongwen::parse(text).unwrap();
    /// let rows: Vec<_> = notice.tasks().collect();
    /// assert_eq!(rows[0].lead, ["省发展改革委"]);
    /// assert_eq!(rows[0].deadlines[0].date.unwrap().to_string(), "2021-06-30");
    /// ```
    pub fn tasks(&self) -> impl Iterator<Item = TaskRow> + '_ {
        self.sections().filter_map(|(b, s)| {
            let block = b.map_or_else(|| "body".to_string(), |i| format!("enclosures[{i}]"));
            TaskRow::of(self, block, s)
        })
    }
}
