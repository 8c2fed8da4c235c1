// Eleventy reads _data/timeline.json (timeline build --format json) as the global `timeline`.
// Nunjucks escapes every value; the filters below give dates at their precision and web-only links.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function timelineDate(date) {
  if (!date || !date.earliest) return date ? date.value : "";
  const [year, month, day] = date.earliest.split("-").map(Number);
  const labels = {
    day: `${day} ${MONTHS[month - 1]} ${year}`,
    week: `week of ${day} ${MONTHS[month - 1]} ${year}`,
    month: `${MONTHS[month - 1]} ${year}`,
    year: `${year}`,
    decade: `${Math.floor(year / 10) * 10}s`,
  };
  return (date.approximate ? "~ " : "") + (labels[date.granularity] ?? date.value);
}

function webUrl(url) {
  return typeof url === "string" && /^https?:\/\/\S/i.test(url) ? url : "";
}

module.exports = function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("timeline.css");
  eleventyConfig.addFilter("timelineDate", timelineDate);
  eleventyConfig.addFilter("webUrl", webUrl);
  eleventyConfig.addFilter("articleById", (articles, id) => articles.find((article) => article.id === id));
};
