package se.trygghet.cost;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.trygghet.system.DecimalText;
import se.trygghet.system.Forms;

/** The costs page (a year's estimate, the unit costs, the price index) and the forms that enter the inputs. */
@Controller
class CostController {

	private final CostPages pages;

	private final CostWork work;

	private final CrimeCosts costs;

	CostController(CostPages pages, CostWork work, CrimeCosts costs) {
		this.pages = pages;
		this.work = work;
		this.costs = costs;
	}

	/** A unit cost as typed: amounts with spaces or a decimal comma, the version it was read at. */
	public record UnitCostForm(@Nullable @DecimalText BigDecimal low, @Nullable @DecimalText BigDecimal high,
			@Nullable @DecimalText BigDecimal central, @Nullable Integer priceYear,
			@Nullable @Size(max = UnitCost.MAX_SOURCE) String source,
			@Nullable @Size(max = UnitCost.MAX_SOURCE) String sourceUrl, @Nullable Integer version) {

		static UnitCostForm of(UnitCosts.@Nullable Stored stored) {
			if (stored == null) {
				return new UnitCostForm(null, null, null, null, null, null, -1);
			}
			UnitCost c = stored.cost();
			return new UnitCostForm(c.low(), c.high(), c.central(), c.priceYear(), c.source(), c.sourceUrl(),
					stored.version());
		}

	}

	/** One year's value of the price index. */
	public record IndexForm(@Nullable Integer year, @Nullable @DecimalText BigDecimal value,
			@Nullable @Size(max = UnitCost.MAX_SOURCE) String source) {
	}

	@GetMapping("/costs")
	String costs(@RequestParam(required = false) @Nullable Integer year, Model model) {
		model.addAttribute("page", pages.page(year == null ? costs.lastYear() : year));
		if (!model.containsAttribute("indexForm")) {
			model.addAttribute("indexForm", new IndexForm(null, null, null));
		}
		return "cost/costs";
	}

	@GetMapping("/costs/units/{category}/{kind}")
	String unit(@PathVariable String category, @PathVariable CostKind kind, Model model) {
		CostPages.UnitPage page = pages.unit(category, kind);
		model.addAttribute("page", page);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", UnitCostForm.of(page.stored()));
		}
		return "cost/unit";
	}

	@PostMapping("/costs/units/{category}/{kind}")
	String saveUnit(@PathVariable String category, @PathVariable CostKind kind,
			@Valid @ModelAttribute("form") UnitCostForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors() && Forms.attempt(errors,
				() -> work.saveUnitCost(UnitCost.checked(category, kind, form.low(), form.high(), form.central(),
						form.priceYear(), form.source(), form.sourceUrl(), false),
						form.version() == null ? -1 : form.version()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/costs#units";
		}
		return unit(category, kind, model);
	}

	@PostMapping("/costs/index")
	String saveIndex(@Valid @ModelAttribute("indexForm") IndexForm form, BindingResult bound, Model model,
			RedirectAttributes redirect) {
		BindingResult errors = Forms.errors(form, bound, model);
		if (!errors.hasErrors()
				&& Forms.attempt(errors, () -> work.saveIndex(form.year(), form.value(), form.source()))) {
			redirect.addFlashAttribute("indexSaved", true);
			return "redirect:/costs#index";
		}
		return costs(null, model);
	}

}
